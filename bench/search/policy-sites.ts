/**
 * The simulated sites the search-quality benchmark crawls (policies, and the two that publish English names),
 * judged by build-judgments.
 */
export const POLICY_SITES = ['bokjiro-api', 'gov24-subsidy-api', 'seoul-policy-board', 'gangnam-policy', 'seoul-mom-care', 'idolbom', 'hospital-child-care'];
export const CRAWLED_SITES = [...POLICY_SITES, 'multicultural-center', 'family-center'];
