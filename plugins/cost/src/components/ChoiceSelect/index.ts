export { ChoiceSelect } from './ChoiceSelect';
