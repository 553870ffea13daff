import courriels from './courriels';
import demo from './demo';
import documents from './documents';

export default { documents, courriels, demo };
