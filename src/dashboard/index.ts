export { ComparePilots } from './ComparePilots';
export { Dashboard } from './Dashboard';
