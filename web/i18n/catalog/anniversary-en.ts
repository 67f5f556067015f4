// The purchase anniversary card on the vehicle screen: the words in English (the same keys as anniversary-zh.ts).
export default {
  kicker: 'Purchase anniversary · {{ date }}',
  title: '{{ n }} year(s) together with your {{ model }}!',
  km: 'You drove {{ km }} km this year',
  visits: '{{ n }} visit(s) to the center',
  co2: 'About {{ t }} t of CO₂ saved, like planting {{ trees }} trees',
  fixed: 'What we did for it this year',
  factor:
    'CO₂ counted at {{ g }} g per km saved (a comparable petrol car at about {{ l }} L/100 km, tailpipe only); a tree takes up about {{ kg }} kg a year. Distances come from the odometer read at each visit.',
};
