package vn.antq.campaigns.domain;

/** What one unit reports for one period. */
public record UnitFigures(String unitDisplayName, String district, int tipsReceived, int tipsFromDignitaries,
                          int weaponsSurrendered, int explosivesSurrendered, int supportToolsSurrendered,
                          int fireworksSurrendered, int disputesMediated) {}
