// Regenerates everything generated (placeholder until the contract issue fills it in).
console.log('nothing to generate yet');
