// Manual run of the stub CMS for local exploration: node tests/support/demarrer-stub.mts [port]
import { demarrerStubCms } from './stub-cms.ts';
const stub = await demarrerStubCms(Number(process.argv[2] ?? 1337));
console.log(`stub-cms sur ${stub.url}`);
