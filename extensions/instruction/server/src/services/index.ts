import catalogue from './catalogue';
import connecteurs from './connecteurs';
import demo from './demo';
import dossiersAgent from './dossiers-agent';
import dossiersUsager from './dossiers-usager';
import droits from './droits';
import enMasse from './en-masse';
import effets from './effets';
import geocodage from './geocodage';
import guides from './guides';
import jobs from './jobs';
import justificatifs from './justificatifs';
import modeles from './modeles';
import operations from './operations';
import sectorisation from './sectorisation';
import stockage from './stockage';

export default {
  catalogue,
  connecteurs,
  demo,
  dossiersAgent,
  dossiersUsager,
  droits,
  enMasse,
  effets,
  geocodage,
  guides,
  jobs,
  justificatifs,
  modeles,
  operations,
  sectorisation,
  stockage,
};
