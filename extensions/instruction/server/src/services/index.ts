import affectation from './affectation';
import catalogue from './catalogue';
import connecteurs from './connecteurs';
import creationAgent from './creation-agent';
import demandes from './demandes';
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
import messages from './messages';
import modeles from './modeles';
import modificationsEnMasse from './modifications-en-masse';
import operations from './operations';
import sectorisation from './sectorisation';
import stockage from './stockage';
import transfert from './transfert';
import transfertsPossibles from './transferts-possibles';

export default {
  affectation,
  catalogue,
  connecteurs,
  creationAgent,
  demandes,
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
  messages,
  modeles,
  modificationsEnMasse,
  operations,
  sectorisation,
  stockage,
  transfert,
  transfertsPossibles,
};
