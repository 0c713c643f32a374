// The English names of Shanghai's 16 districts (区), as the city government writes them. They are
// place names, like a department's nameEn: data, not interface text, so they live here where the
// department search can match them ("Putuo" finds 普陀区's departments) and not in a locale file.
const DISTRICT_EN: Readonly<Record<string, string>> = {
  黄浦区: 'Huangpu District',
  徐汇区: 'Xuhui District',
  长宁区: 'Changning District',
  静安区: "Jing'an District",
  普陀区: 'Putuo District',
  虹口区: 'Hongkou District',
  杨浦区: 'Yangpu District',
  闵行区: 'Minhang District',
  宝山区: 'Baoshan District',
  嘉定区: 'Jiading District',
  浦东新区: 'Pudong New Area',
  金山区: 'Jinshan District',
  松江区: 'Songjiang District',
  青浦区: 'Qingpu District',
  奉贤区: 'Fengxian District',
  崇明区: 'Chongming District',
};

/** The English name of a district, e.g. 普陀区 → Putuo District; null for one we do not know. */
export function districtEn(district: string): string | null {
  return DISTRICT_EN[district] ?? null;
}
