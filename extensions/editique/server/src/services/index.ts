import courriels from './courriels';
import demo from './demo';
import documents from './documents';
import sms from './sms';

export default { documents, courriels, demo, sms };
