namespace Jilin.Urbanization.Domain.Departments;

/// <summary>
/// What kind of body a department is. Values are pinned: a published value never changes meaning
/// (see <c>DepartmentKindValuesArePinned</c> in the tests).
/// </summary>
public enum DepartmentKind
{
    /// <summary>A provincial government department (厅), e.g. 省教育厅.</summary>
    ProvincialDepartment = 1,

    /// <summary>A provincial commission (委), e.g. 省发展改革委, 省卫生健康委.</summary>
    ProvincialCommission = 2,

    /// <summary>A provincial bureau or administration (局), e.g. 省能源局, 省医保局.</summary>
    ProvincialBureau = 3,

    /// <summary>An office of a provincial committee (办), e.g. 省爱卫办.</summary>
    ProvincialOffice = 4,

    /// <summary>An organ of the Communist Party of China, e.g. 省委编办, 省委.</summary>
    PartyOrgan = 5,

    /// <summary>The provincial people's government itself (省政府).</summary>
    ProvincialGovernment = 6,

    /// <summary>A mass organization (群团组织), e.g. 省总工会, 省残联.</summary>
    MassOrganization = 7,

    /// <summary>A cooperative federation, e.g. 省供销社 (supply and marketing cooperatives).</summary>
    Cooperative = 8,

    /// <summary>
    /// A provincial branch of a central institution (vertically managed), e.g. 人民银行长春中心支行,
    /// 吉林银保监局, 国开行吉林省分行, 省通信管理局.
    /// </summary>
    CentralInstitutionBranch = 9,

    /// <summary>An enterprise, e.g. 国网吉林省电力公司.</summary>
    Enterprise = 10,

    /// <summary>County, city or prefecture governments named as implementers, e.g. 各县(市)政府.</summary>
    LocalGovernment = 11,

    /// <summary>A national authority the texts name, e.g. 国家发展改革委, 国务院办公厅.</summary>
    NationalAuthority = 12,
}
