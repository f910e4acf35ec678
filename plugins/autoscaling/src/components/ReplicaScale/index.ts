export { ReplicaScale } from './ReplicaScale';
