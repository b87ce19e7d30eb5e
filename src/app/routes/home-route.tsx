import { HomePage } from '../../features/home/home-page';
import { paths } from '../paths';

export function Component() {
  return (
    <HomePage links={{ quiz: paths.quiz, compare: paths.compare, salaries: paths.salaries }} />
  );
}
