import { SalariesPage } from '../../features/salaries/salaries-page';
import { paths } from '../paths';
import { RouteErrorBoundary } from '../route-error';

export function Component() {
  return <SalariesPage links={{ compare: paths.compare, quiz: paths.quiz }} />;
}

export const ErrorBoundary = RouteErrorBoundary;
