export * from './audit';
export * from './blockers';
export * from './enums';
export * from './milestones';
export * from './people';
export * from './places';
export * from './progress';
export * from './projects';
