import type { Adoption, Advice, Faq, Strength, Trend } from './schema';

/** The home page's facts: strengths, when to choose, adoption, trends. Our words, the article's facts. */

export const STRENGTHS: readonly Strength[] = [
  {
    id: 'go-simplicity',
    language: 'go',
    text: 'A small language with fast compiles, so you iterate quickly.',
  },
  {
    id: 'go-concurrency',
    language: 'go',
    text: 'Concurrency is built in: goroutines make parallel work easy to write.',
  },
  {
    id: 'go-jobs',
    language: 'go',
    text: 'The bigger job market: 477 open roles against Rust’s 250.',
  },
  {
    id: 'go-ecosystem',
    language: 'go',
    text: 'A mature toolbox for backend, cloud and DevOps work.',
  },
  {
    id: 'go-deploy',
    language: 'go',
    text: 'Cross-compiling and shipping a binary are both painless.',
  },
  {
    id: 'rust-safety',
    language: 'rust',
    text: 'Memory and thread safety proven by the compiler, before the code runs.',
  },
  { id: 'rust-speed', language: 'rust', text: 'Top-tier speed on CPU-heavy work.' },
  {
    id: 'rust-pay',
    language: 'rust',
    text: 'Higher pay: a $196,266 senior median against Go’s $165,437.',
  },
  {
    id: 'rust-domains',
    language: 'rust',
    text: 'At home in systems code, WebAssembly and embedded devices.',
  },
  {
    id: 'rust-tooling',
    language: 'rust',
    text: 'Cargo as package manager, and abstractions that cost nothing at run time.',
  },
];

export const ADVICE: readonly Advice[] = [
  {
    language: 'go',
    summary: 'Pick Go to be productive on backend work soon, with the widest choice of jobs.',
    points: [
      'You want to build web services, APIs or microservices, the kind of work Go does at Uber and Google.',
      'Job availability matters more to you than squeezing out the last bit of performance.',
      'You want a low barrier to entry, and a team that can bring juniors up to speed fast.',
      'Your focus is cloud-native software or DevOps, where Go is plenty fast for real traffic.',
    ],
  },
  {
    language: 'rust',
    summary: 'Pick Rust when safety and peak efficiency cannot be traded away.',
    points: [
      'You are drawn to systems programming, blockchain or embedded devices.',
      'You need steady low latency, which having no garbage collector makes possible.',
      'You would take fewer openings (250) for higher pay, such as the $249,000 lead median.',
      'You like deep control and want skills for growing niches such as AI infrastructure and automotive software.',
    ],
  },
];

export const ADOPTION: readonly Adoption[] = [
  {
    language: 'go',
    companies: ['Google', 'Uber', 'Dropbox', 'Twitch'],
    projects: ['Kubernetes', 'Docker'],
    sectors: ['Cloud infrastructure', 'Web backends', 'DevOps', 'Container orchestration'],
    summary:
      'Runs the backends of large web companies and the container tools the cloud is built on; easy to scale to very large teams.',
  },
  {
    language: 'rust',
    companies: ['AWS', 'Discord', 'Microsoft'],
    projects: ['Firecracker (AWS)'],
    sectors: ['Blockchain', 'Embedded', 'High-performance computing', 'Web3', 'IoT'],
    summary:
      'Gaining ground where performance is critical and where safety-minded industries are adopting it.',
  },
];

export const TRENDS: readonly Trend[] = [
  {
    id: 'both-growing',
    language: 'both',
    kind: 'trend',
    text: 'Both languages kept growing from 2024 into 2026; Go’s maturity keeps its adoption broader.',
  },
  {
    id: 'go-web-devops',
    language: 'go',
    kind: 'trend',
    text: 'Go leads in web and DevOps work and has the larger share of openings.',
  },
  {
    id: 'rust-closing-gap',
    language: 'rust',
    kind: 'trend',
    text: 'Rust is narrowing the gap in embedded, IoT and Web3.',
  },
  {
    id: 'both-remote',
    language: 'both',
    kind: 'trend',
    text: 'Remote is the most common way of working in both job markets.',
  },
  {
    id: 'rust-auto-aero',
    language: 'rust',
    kind: 'forecast',
    horizon: 2027,
    text: 'Forecasts see Rust growing fastest in automotive and aerospace.',
  },
  {
    id: 'go-cloud',
    language: 'go',
    kind: 'forecast',
    text: 'Go is expected to keep its lead in cloud software.',
  },
];

export const FAQ: readonly Faq[] = [
  {
    id: 'which-is-faster',
    question: 'Which is faster, Go or Rust?',
    answer:
      'On CPU-heavy benchmarks Rust usually wins, because it has no garbage collector and optimises aggressively. Go holds its own on concurrent, network-bound work thanks to goroutines, and in many real applications the two end up close.',
  },
  {
    id: 'rust-new-to-systems',
    question: 'Is Rust a good choice if I have never done systems programming?',
    answer:
      'Yes, if you value safety and control and accept a steep climb at the start. Begin with the fundamentals; the effort pays off in well-paid niches, which had 250 open roles when the article was written.',
    figureIds: ['rust-openings'],
  },
  {
    id: 'jobs-and-salaries',
    question: 'How do Go and Rust compare on jobs and pay in 2026?',
    answer:
      'Go has more openings (477 against 250) and pays well, with a $165k senior median. Rust’s medians are higher: $196k for seniors and $249k for leads. Most roles in both are remote.',
    figureIds: [
      'go-openings',
      'rust-openings',
      'go-senior-median',
      'rust-senior-median',
      'rust-lead-median',
    ],
  },
  {
    id: 'concurrency',
    question: 'Which one handles concurrency better?',
    answer:
      'Go makes large-scale parallel work simpler with goroutines. Rust’s async model is safer and more flexible, but you need a firm grasp of ownership to use it well.',
  },
  {
    id: 'backend',
    question: 'For backend development, should I learn Go or Rust?',
    answer:
      'For shipping backend features quickly, Go. For services that must be secure and fast above all, Rust. On the job numbers, Go wins on volume and Rust on pay.',
  },
];
