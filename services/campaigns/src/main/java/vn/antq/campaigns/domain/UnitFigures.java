package vn.antq.campaigns.domain;

import java.util.UUID;

/**
 * What one unit reports for one period; {@code model} is the registry model whose results they are,
 * or null when the unit is not one of a model's.
 */
public record UnitFigures(String unitDisplayName, String district, int tipsReceived, int tipsFromDignitaries,
                          int weaponsSurrendered, int explosivesSurrendered, int supportToolsSurrendered,
                          int fireworksSurrendered, int disputesMediated, UUID model) {}
