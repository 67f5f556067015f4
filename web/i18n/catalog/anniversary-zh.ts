// The purchase anniversary card on the vehicle screen: the words in Chinese.
export default {
  kicker: '购车周年 · {{ date }}',
  title: '恭喜您和您的{{ model }}相伴 {{ n }} 周年！',
  km: '这一年您累计行驶 {{ km }} 公里',
  visits: '到店保养维修 {{ n }} 次',
  co2: '减少碳排放约 {{ t }} 吨，相当于种了 {{ trees }} 棵树',
  fixed: '这一年我们为它做了',
  factor:
    '碳排放按每公里少排 {{ g }} 克二氧化碳计算（同级燃油车百公里约 {{ l }} 升汽油，只算尾气）；每棵树每年约吸收 {{ kg }} 千克。里程来自每次到店时记录的表显里程。',
};
