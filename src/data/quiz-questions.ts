import type { QuizQuestion } from './quiz-schema';

/**
 * Bumped whenever questions or options are added, removed or reordered, because share links
 * encode answers by position.
 */
export const QUIZ_VERSION = 1;

/**
 * The quiz. Points are signed: positive favours Go, negative favours Rust (at most 3 either way).
 * Every reason names the article fact behind it, in our words; numbers come from src/data/figures.ts.
 */
export const QUIZ_QUESTIONS: readonly QuizQuestion[] = [
  {
    id: 'build',
    prompt: 'What do you most want to build?',
    factor: 'What you want to build',
    help: 'Pick the closest match; the article ties each kind of work to one language.',
    options: [
      {
        id: 'backend',
        label: 'Backend APIs and microservices',
        points: 3,
        reason: 'The article names backend APIs and microservices as Go’s main ground.',
        rowId: 'use-cases',
      },
      {
        id: 'cloud',
        label: 'Cloud-native and DevOps tooling',
        points: 3,
        reason:
          'Go underpins Kubernetes and Docker and is expected to keep its lead in cloud work.',
        rowId: 'industry-adoption',
      },
      {
        id: 'systems',
        label: 'Systems software and embedded devices',
        points: -3,
        reason: 'Systems programming and embedded devices are where the article places Rust first.',
        rowId: 'use-cases',
      },
      {
        id: 'wasm',
        label: 'WebAssembly for the browser',
        points: -3,
        reason: 'WebAssembly is a named Rust strength that reaches into front-end work.',
        rowId: 'webassembly',
      },
      {
        id: 'crypto',
        label: 'Blockchain and crypto',
        points: -2,
        reason: 'The article links Rust demand to blockchain, crypto and Web3.',
        rowId: 'use-cases',
      },
      {
        id: 'ai-infra',
        label: 'AI infrastructure',
        points: -2,
        reason: 'AI infrastructure is one of the growing niches the article suggests Rust for.',
        rowId: 'growth-outlook',
      },
      {
        id: 'automotive',
        label: 'Automotive and aerospace software',
        points: -3,
        reason: 'Rust is forecast to grow fastest in automotive and aerospace by 2027.',
        rowId: 'growth-outlook',
      },
    ],
  },
  {
    id: 'jobs-or-pay',
    prompt: 'Which matters more to you in a job search?',
    factor: 'Job availability or pay',
    options: [
      {
        id: 'openings',
        label: 'Plenty of openings to choose from',
        points: 3,
        reason: 'The article counts 477 open Go roles against 250 for Rust.',
        rowId: 'job-availability',
      },
      {
        id: 'senior-pay',
        label: 'Higher pay at senior level',
        points: -2,
        reason:
          'Senior Rust postings have a $196,266 median against $165,437 for Go, though from only 35 postings.',
        rowId: 'senior-salary',
      },
      {
        id: 'top-pay',
        label: 'The highest pay later in my career',
        points: -2,
        reason:
          'Rust lead roles show a $249,000 median, while the Go pay curve tops out near $212k.',
      },
    ],
  },
  {
    id: 'ramp-up',
    prompt: 'How soon do you need to be productive?',
    factor: 'Time to be productive',
    options: [
      {
        id: 'weeks',
        label: 'Within a few weeks',
        points: 3,
        reason: 'Go’s small, C-like syntax gets most people productive in weeks.',
        rowId: 'learning-curve',
      },
      {
        id: 'months',
        label: 'I can spend a few months',
        points: -1,
        reason: 'Rust takes months to master; with that time, its curve costs you less.',
        rowId: 'learning-curve',
      },
      {
        id: 'long-term',
        label: 'No rush: this is a long-term investment',
        points: -2,
        reason: 'The article calls Rust a premium long-term bet and Go the immediate opportunity.',
        rowId: 'growth-outlook',
      },
    ],
  },
  {
    id: 'learning-curve',
    prompt: 'How do you feel about a steep learning curve?',
    factor: 'Appetite for a steep curve',
    options: [
      {
        id: 'enjoy',
        label: 'I enjoy a hard challenge',
        points: -2,
        reason:
          'Rust’s ownership and borrowing rules are the steep part, and they repay the effort.',
        rowId: 'learning-curve',
      },
      {
        id: 'gentle',
        label: 'I would rather it be gentle',
        points: 2,
        reason: 'The article rates Go’s learning curve gentle and its entry barrier low.',
        rowId: 'learning-curve',
      },
    ],
  },
  {
    id: 'speed',
    prompt: 'How much do raw speed and predictable latency matter in your work?',
    factor: 'Raw speed and predictable latency',
    help: 'Think of games, trading, databases or devices with tight timing.',
    options: [
      {
        id: 'critical',
        label: 'A lot: no garbage-collector pauses allowed',
        points: -3,
        reason:
          'Rust has no garbage collector, so its latency stays steady and its raw compute is faster.',
        rowId: 'performance',
      },
      {
        id: 'throughput',
        label: 'Fast enough for busy network services is fine',
        points: 2,
        reason: 'Go handles high-throughput networked work well and its GC pauses are minor.',
        rowId: 'performance',
      },
    ],
  },
  {
    id: 'concurrency',
    prompt: 'Which concurrency style appeals to you?',
    factor: 'Concurrency style',
    options: [
      {
        id: 'goroutines',
        label: 'Simple: start lots of lightweight tasks and pass messages',
        points: 2,
        reason: 'Go’s goroutines and channels make massive parallelism simple to write.',
        rowId: 'concurrency',
      },
      {
        id: 'checked-async',
        label: 'Checked by the compiler, even if it takes more design',
        points: -2,
        reason: 'Rust’s async model is safer and flexible but needs ownership mastery up front.',
        rowId: 'concurrency',
      },
    ],
  },
  {
    id: 'memory-bugs',
    prompt: 'How costly would a memory bug be in what you build?',
    factor: 'Cost of a memory bug',
    options: [
      {
        id: 'severe',
        label: 'Very costly: security or safety is at stake',
        points: -3,
        reason: 'The article picks Rust for security-critical, high-stakes services.',
        rowId: 'security-critical',
      },
      {
        id: 'manageable',
        label: 'Annoying but manageable',
        points: 1,
        reason: 'Go’s garbage collector already keeps code memory-safe, at some runtime cost.',
        rowId: 'memory-safety',
      },
    ],
  },
  {
    id: 'team',
    prompt: 'What kind of team do you expect to work in?',
    factor: 'Team size and onboarding',
    options: [
      {
        id: 'large-mixed',
        label: 'A large team that brings on juniors often',
        points: 2,
        reason: 'Go’s simplicity lets teams onboard juniors fast and scales to very large teams.',
        rowId: 'team-onboarding',
      },
      {
        id: 'small-expert',
        label: 'A small, safety-minded team that invests in training',
        points: -1,
        reason: 'Rust’s safety draws safety-conscious teams that can afford a longer ramp-up.',
        rowId: 'team-onboarding',
      },
    ],
  },
  {
    id: 'systems-experience',
    prompt: 'Have you done systems programming before?',
    factor: 'Systems programming experience',
    help: 'For example C or C++, manual memory management or pointers.',
    options: [
      {
        id: 'new',
        label: 'No, this would be new to me',
        points: 1,
        reason:
          'The article says newcomers can learn Rust but should expect a steep climb; Go asks less up front.',
        rowId: 'learning-curve',
      },
      {
        id: 'experienced',
        label: 'Yes, and I want fine-grained control',
        points: -2,
        reason: 'Rust suits people who like deep control over memory without a garbage collector.',
        rowId: 'memory-safety',
      },
    ],
  },
  {
    id: 'velocity',
    prompt: 'Which would you rather have day to day?',
    factor: 'Velocity or guarantees',
    options: [
      {
        id: 'velocity',
        label: 'Fast iteration and quick compiles',
        points: 2,
        reason: 'The article sums up Go as the pick for developer velocity and rapid iteration.',
        rowId: 'developer-velocity',
      },
      {
        id: 'guarantees',
        label: 'Strong runtime guarantees, even if it slows me down',
        points: -2,
        reason: 'The article sums up Rust as the pick for runtime guarantees.',
        rowId: 'developer-velocity',
      },
    ],
  },
];
