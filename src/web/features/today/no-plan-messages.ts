/** Words of Today's note for someone without a plan (apart, so they load with the note, not with the check-in). */
export const noPlanText = {
  heading: 'You have no plan yet',
  text: 'Today works without one: note how you feel each day. When you are ready, set one up on the Plan screen.',
  button: 'Set up my plan',
} as const;
