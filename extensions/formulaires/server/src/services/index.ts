import installation from './installation';
import modeles from './modeles';
import referentiels from './referentiels';
import versions from './versions';

export default { installation, modeles, referentiels, versions };
