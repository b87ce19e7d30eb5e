import { SalariesPage } from '../../features/salaries/salaries-page';
import { paths } from '../paths';

export function Component() {
  return <SalariesPage links={{ compare: paths.compare, quiz: paths.quiz }} />;
}
