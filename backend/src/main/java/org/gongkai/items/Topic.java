package org.gongkai.items;

import org.gongkai.common.text.Text;

/**
 * Subject classification (主题分类) of the national government-information catalogue, as used on gov.cn and
 * the provincial portals. Unlike categories these are a fixed national list.
 */
public enum Topic {
    GENERAL("综合政务", "General government affairs"),
    ECONOMY("国民经济管理、国有资产监管", "Economic management, state assets"),
    FINANCE_AUDIT("财政、金融、审计", "Finance, banking, audit"),
    LAND_ENERGY("国土资源、能源", "Land resources, energy"),
    AGRICULTURE("农业、林业、水利", "Agriculture, forestry, water"),
    INDUSTRY_TRANSPORT("工业、交通", "Industry, transport"),
    COMMERCE_TOURISM("商贸、海关、旅游", "Commerce, customs, tourism"),
    MARKET_SAFETY("市场监管、安全生产监管", "Market regulation, work safety"),
    URBAN_ENVIRONMENT("城乡建设、环境保护", "Urban and rural construction, environment"),
    SCIENCE_EDUCATION("科技、教育", "Science, education"),
    CULTURE_MEDIA("文化、广电、新闻出版", "Culture, broadcasting, press"),
    HEALTH_SPORTS("卫生、体育", "Health, sports"),
    POPULATION_FAMILY("人口与计划生育、妇女儿童工作", "Population, women and children"),
    LABOUR_PERSONNEL("劳动、人事、监察", "Labour, personnel, supervision"),
    PUBLIC_SECURITY("公安、安全、司法", "Public security, justice"),
    CIVIL_AFFAIRS("民政、扶贫、救灾", "Civil affairs, poverty relief, disaster relief"),
    ETHNIC_RELIGION("民族、宗教", "Ethnic and religious affairs"),
    FOREIGN_AFFAIRS("对外事务", "Foreign affairs"),
    HK_MACAO_TAIWAN("港澳台侨工作", "Hong Kong, Macao, Taiwan and overseas Chinese"),
    DEFENCE("国防", "National defence"),
    OTHER("其他", "Other");

    private final Text label;

    Topic(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
