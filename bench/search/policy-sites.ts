/** The simulated sites that publish policies: crawled by the search-quality benchmark, judged by build-judgments. */
export const POLICY_SITES = ['bokjiro-api', 'gov24-subsidy-api', 'seoul-policy-board', 'gangnam-policy', 'seoul-mom-care', 'idolbom', 'hospital-child-care'];
