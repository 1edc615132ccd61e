package org.telebarometer.observation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The figures of 2021–2025 of the research on published figures (numbers 147 to 308), served end to end: every figure
 * the dataset keeps, one row per value. The rows are written here from the research, independently of the dataset
 * files. Figure 223 is kept out (dataset/excluded/); figures about groups of patients are in
 * {@link PatientGroupFiguresTest}; how the figures are kept (conflicts, units, companies) in
 * {@link RecentFiguresRulesTest}.
 */
@QuarkusTest
class RecentResearchFiguresTest {

    @ParameterizedTest(name = "#{0} {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            147 | assises-2025-quotidien         | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2024                  | 13900000   | EXACT       | ASSURANCE_MALADIE
            148 | assises-2025-egora             | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2024                  | 13900000   | EXACT       | ASSURANCE_MALADIE
            149 | assises-2025-egora             | TELECONSULTATIONS_PER_MONTH.ALL.FR                                   | 2024                  | 1200000    | APPROXIMATE | ASSURANCE_MALADIE
            150 | assises-2025-qare              | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2024                  | 13900000   | EXACT       | ASSURANCE_MALADIE
            151 | assises-2025-revueopticiens    | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2024                  | 13900000   | EXACT       | ASSURANCE_MALADIE
            152 | assises-2025-lamedicale        | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2024                  | 13900000   | EXACT       | ASSURANCE_MALADIE
            153 | assises-2025-mind-07-07        | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2024                  | 13900000   | EXACT       | ASSURANCE_MALADIE
            154 | assises-2025-quotidien         | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2020-01-01/2024-12-31 | 69000000   | APPROXIMATE | ASSURANCE_MALADIE
            155 | healthandtech-2026-02-04       | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2020-01-01/2024-12-31 | 69000000   | EXACT       | HEALTH_AND_TECH
            156 | repss-telesante-2-7-5          | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2022                  | 12500000   | EXACT       | ASSURANCE_MALADIE
            157 | repss-telesante-2-7-5          | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2023                  | 11600000   | EXACT       | ASSURANCE_MALADIE
            158 | cnam-cp2025-telesantebretagne  | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2020                  | 17100000   | EXACT       | ASSURANCE_MALADIE
            159 | cnam-cp2025-telesantebretagne  | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2023                  | 11600000   | EXACT       | ASSURANCE_MALADIE
            160 | ccomptes-2025-destinationsante | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2023                  | 11600000   | EXACT       | COUR_DES_COMPTES
            161 | ccomptes-2025-destinationsante | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2020                  | 18600000   | EXACT       | COUR_DES_COMPTES
            162 | ccomptes-2025-moniteurpharma   | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2023                  | 12000000   | EXACT       | COUR_DES_COMPTES
            163 | ccomptes-2025-moniteurpharma   | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2020                  | 18600000   | EXACT       | COUR_DES_COMPTES
            164 | ccomptes-2025-buzzesante       | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2020                  | 18000000   | EXACT       | COUR_DES_COMPTES
            165 | ccomptes-2025-buzzesante       | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2023                  | 12000000   | EXACT       | COUR_DES_COMPTES
            166 | ccomptes-2025-caldieraro       | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2020                  | 18000000   | EXACT       | COUR_DES_COMPTES
            167 | ccomptes-2025-esp              | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2020                  | 18000000   | AT_LEAST    | COUR_DES_COMPTES
            168 | latribune-2022-11              | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2020                  | 18000000   | AT_LEAST    | LA_TRIBUNE
            169 | quotidien-cabines-2021         | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2020                  | 20000000   | EXACT       | QUOTIDIEN_DU_MEDECIN
            170 | insee-lesfrancais              | TELECONSULTATIONS_TOTAL.GENERAL_PRACTICE.FR                          | 2023                  | 5400000    | EXACT       | INSEE
            171 | insee-lesfrancais              | TELECONSULTATIONS_TOTAL.GENERAL_PRACTICE.FR                          | 2022                  | 7600000    | EXACT       | INSEE
            172 | insee-lesfrancais              | TELECONSULTATIONS_TOTAL.GENERAL_PRACTICE.FR                          | 2021                  | 9400000    | EXACT       | INSEE
            173 | insee-lesfrancais              | TELECONSULTATIONS_TOTAL.GENERAL_PRACTICE.FR                          | 2020-04               | 3600000    | EXACT       | INSEE
            174 | insee-lesfrancais              | TELECONSULTATIONS_TOTAL.GENERAL_PRACTICE.FR                          | 2020-05               | 2000000    | EXACT       | INSEE
            175 | insee-lesfrancais              | TELECONSULTATIONS_TOTAL.HEALTH_CENTRES_GP.FR                         | 2023                  | 3800000    | EXACT       | INSEE
            176 | drees-er1366-buzzesante        | TELECONSULTATIONS_TOTAL.GENERAL_PRACTICE.FR                          | 2023                  | 5400000    | EXACT       | DREES
            177 | drees-er1249-quotidien         | TELECONSULTATIONS_TOTAL.GENERAL_PRACTICE.FR                          | 2021                  | 9400000    | EXACT       | DREES
            178 | drees-er1249-espacesocial-2    | TELECONSULTATIONS_TOTAL.GENERAL_PRACTICE.FR                          | 2021                  | 9400000    | EXACT       | DREES
            178 | drees-er1249-espacesocial-2    | TELECONSULTATIONS_TOTAL.HEALTH_CENTRES_GP.FR                         | 2021                  | 1100000    | EXACT       | DREES
            179 | an-2023-07-renaissance         | TELECONSULTATIONS_TOTAL.GENERAL_PRACTICE.FR                          | 2021                  | 9400000    | EXACT       | DREES
            180 | an-2023-07-19-rist             | TELECONSULTATIONS_PER_MONTH.ALL.FR                                   | 2023-01-01/2023-06-30 | 1000000    | APPROXIMATE | ASSURANCE_MALADIE
            181 | leblob-afp                     | TELECONSULTATIONS_PER_MONTH.ALL.FR                                   | 2023                  | 1000000    | APPROXIMATE | ASSURANCE_MALADIE
            182 | doctolib-2025-06-lifelines-a   | TELECONSULTATIONS_PER_MONTH.ALL.FR                                   | 2024-01-01/2025-12-31 | 1000000    | AT_MOST     | ASSURANCE_MALADIE
            183 | pourquoidocteur-2025-06        | TELECONSULTATIONS_PER_MONTH.ALL.FR                                   | 2024-01-01/2025-12-31 | 1000000    | AT_MOST     | ASSURANCE_MALADIE
            184 | cnam-2021-09-technomedia       | TELECONSULTATIONS_PER_MONTH.ALL.FR                                   | 2021-01-01/2021-05-31 | 1400000    | AT_LEAST    | ASSURANCE_MALADIE
            185 | cnam-2021-09-technomedia       | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2021-06               | 1000000    | AT_LEAST    | ASSURANCE_MALADIE
            186 | cnam-2021-09-technomedia       | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2020-04               | 4500000    | EXACT       | ASSURANCE_MALADIE
            188 | ccomptes-2025-mind             | TELECONSULTATION_SHARE.ALL.FR_IDF                                    | 2023                  | 10.5       | EXACT       | COUR_DES_COMPTES
            189 | ccomptes-2025-ouie             | TELECONSULTATION_SHARE.ALL.FR                                        | 2023                  | 3.2        | EXACT       | COUR_DES_COMPTES
            190 | ccomptes-2025-ouie             | TELECONSULTATION_SHARE.HOSPITAL.FR                                   | 2023                  | 1.4        | EXACT       | COUR_DES_COMPTES
            191 | repss-telesante-2-7-5          | TELECONSULTATION_SHARE.ALL.FR                                        | 2023                  | 3.2        | EXACT       | ASSURANCE_MALADIE
            192 | cnam-cp2025-telesantebretagne  | TELECONSULTATION_SHARE.ALL.FR                                        | 2023                  | 2          | EXACT       | ASSURANCE_MALADIE
            193 | ccomptes-2025-buzzesante       | TELECONSULTATION_SHARE.ALL.FR                                        | 2023                  | 2          | AT_MOST     | COUR_DES_COMPTES
            194 | ccomptes-2025-destinationsante | TELECONSULTATION_SHARE.ALL.FR                                        | 2023                  | 2          | AT_LEAST    | COUR_DES_COMPTES
            195 | ccomptes-2025-destinationsante | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR                           | 2023                  | 2.2        | EXACT       | COUR_DES_COMPTES
            195 | ccomptes-2025-destinationsante | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR                           | 2020                  | 5.5        | EXACT       | COUR_DES_COMPTES
            196 | ccomptes-2025-destinationsante | TELECONSULTATION_SHARE.SPECIALISTS.FR                                | 2023                  | 2.1        | EXACT       | COUR_DES_COMPTES
            197 | ccomptes-2025-caldieraro       | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR                           | 2023                  | 2.2        | EXACT       | COUR_DES_COMPTES
            197 | ccomptes-2025-caldieraro       | TELECONSULTATION_SHARE.SPECIALISTS.FR                                | 2023                  | 2.1        | EXACT       | COUR_DES_COMPTES
            197 | ccomptes-2025-caldieraro       | TELECONSULTATION_SHARE.HOSPITAL.FR                                   | 2023                  | 1.4        | EXACT       | COUR_DES_COMPTES
            198 | an-2023-07-19-rist             | TELECONSULTATION_SHARE.ALL.FR                                        | 2023-01-01/2023-06-30 | 2          | EXACT       | ASSURANCE_MALADIE
            199 | an-plfss2024-412724            | TELECONSULTATION_SHARE.ALL.FR                                        | 2023                  | 4          | AT_MOST     | ASSEMBLEE_NATIONALE
            200 | leblob-afp                     | TELECONSULTATION_SHARE.ALL.FR                                        | 2023                  | 2.5        | RANGE       | ASSURANCE_MALADIE
            201 | doctolib-2025-06-lifelines-a   | TELECONSULTATION_SHARE.ALL.FR                                        | 2024-01-01/2025-12-31 | 2          | APPROXIMATE | ASSURANCE_MALADIE
            202 | pourquoidocteur-2025-06        | TELECONSULTATION_SHARE.ALL.FR                                        | 2024-01-01/2025-12-31 | 2          | EXACT       | ASSURANCE_MALADIE
            203 | healthandtech-2026-02-04       | TELECONSULTATION_SHARE.ALL.FR                                        | 2024                  | 4          | APPROXIMATE | HEALTH_AND_TECH
            204 | assises-2025-egora             | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR                           | 2025-Q1               | 2.3        | EXACT       | ASSURANCE_MALADIE
            205 | assises-2025-egora             | TELECONSULTATION_SHARE.SPECIALISTS.FR                                | 2025-Q1               | 2.5        | EXACT       | ASSURANCE_MALADIE
            206 | assises-2025-egora             | TELECONSULTATION_SHARE.PSYCHIATRY.FR                                 | 2025-Q1               | 7          | EXACT       | ASSURANCE_MALADIE
            207 | assises-2025-egora             | TELECONSULTATION_SHARE.ENDOCRINOLOGY.FR                              | 2025-Q1               | 6          | EXACT       | ASSURANCE_MALADIE
            208 | drees-er1366-buzzesante        | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR                           | 2023                  | 2.2        | EXACT       | DREES
            209 | drees-er1366-buzzesante        | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR                           | 2022                  | 3          | EXACT       | DREES
            210 | drees-er1366-buzzesante        | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR                           | 2021                  | 3.7        | EXACT       | DREES
            211 | insee-lesfrancais              | TELECONSULTATION_SHARE.GP_UNDER_50.FR                                | 2023                  | 2.9        | EXACT       | INSEE
            211 | insee-lesfrancais              | TELECONSULTATION_SHARE.GP_50_AND_OVER.FR                             | 2023                  | 1.8        | EXACT       | INSEE
            212 | drees-er1249-espacesocial-2    | TELECONSULTATION_SHARE.GP_UNDER_40.FR                                | 2021                  | 4.8        | EXACT       | DREES
            212 | drees-er1249-espacesocial-2    | TELECONSULTATION_SHARE.GP_65_AND_OVER.FR                             | 2021                  | 2.5        | EXACT       | DREES
            213 | drees-er1249-espacesocial-2    | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR_IDF                       | 2021                  | 7.8        | EXACT       | DREES
            213 | drees-er1249-espacesocial-2    | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR_75                        | 2021                  | 12         | EXACT       | DREES
            213 | drees-er1249-espacesocial-2    | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR_PARIS_SUBURBS             | 2021                  | 7.2        | EXACT       | DREES
            213 | drees-er1249-espacesocial-2    | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR_RURAL                     | 2021                  | 2.2        | EXACT       | DREES
            214 | drees-er1249-aef               | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR                           | 2021                  | 3.7        | EXACT       | DREES
            214 | drees-er1249-aef               | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR                           | 2020                  | 5.7        | EXACT       | DREES
            215 | cnam-2021-09-technomedia       | TELECONSULTATION_SHARE.ALL.FR                                        | 2021-01-01/2021-06-30 | 4.4        | EXACT       | ASSURANCE_MALADIE
            216 | cnam-2021-09-technomedia       | TELECONSULTATION_SHARE.ALL.FR                                        | 2019                  | 0.04       | EXACT       | ASSURANCE_MALADIE
            217 | cnam-2021-09-technomedia       | TELECONSULTATION_SHARE.ALL.FR                                        | 2020-04               | 20         | EXACT       | ASSURANCE_MALADIE
            218 | latribune-2022-11              | TELECONSULTATION_SHARE.ALL.FR                                        | 2022                  | 5          | EXACT       | LA_TRIBUNE
            219 | let-2022-esantetech            | TELECONSULTATION_SHARE.ALL.FR                                        | 2021-08-01/2022-05-31 | 10         | AT_MOST     | LET
            220 | ccomptes-2025-moniteurpharma   | PRACTITIONER_SHARE.ALL.FR                                            | 2023                  | 36         | EXACT       | COUR_DES_COMPTES
            221 | ccomptes-2025-moniteurpharma   | PRACTITIONER_SHARE.ALL.FR                                            | 2021                  | 58         | EXACT       | COUR_DES_COMPTES
            222 | assises-2026-healthandtech     | PRACTITIONER_SHARE.GENERAL_PRACTICE.FR                               | 2025                  | 33         | APPROXIMATE | HEALTH_AND_TECH
            224 | assises-2025-egora             | TELECONSULTATIONS_REIMBURSED_EUR.ALL.FR                              | 2024                  | 419700000  | EXACT       | ASSURANCE_MALADIE
            225 | assises-2025-quotidien         | TELECONSULTATIONS_REIMBURSED_EUR.ALL.FR                              | 2020-01-01/2024-12-31 | 1700000000 | EXACT       | ASSURANCE_MALADIE
            226 | ccomptes-2025-veille           | TELECONSULTATIONS_REIMBURSED_EUR.ALL.FR                              | 2023                  | 266000000  | EXACT       | COUR_DES_COMPTES
            227 | ccomptes-2025-ouie             | TELECONSULTATIONS_REIMBURSED_EUR.ALL.FR                              | 2023                  | 266000000  | EXACT       | COUR_DES_COMPTES
            228 | ccomptes-2025-veille           | REIMBURSEMENT_SHARE.ALL.FR                                           | 2023                  | 3          | EXACT       | COUR_DES_COMPTES
            229 | ccomptes-2025-veille           | CONSULTATIONS_REIMBURSED_EUR.ALL.FR                                  | 2023                  | 8100000000 | EXACT       | COUR_DES_COMPTES
            230 | ccomptes-2025-mind             | REIMBURSEMENT_SHARE.ALL.FR                                           | 2023                  | 3          | EXACT       | COUR_DES_COMPTES
            231 | ccomptes-2025-mind             | REIMBURSEMENT_SHARE.ALL.FR                                           | 2020                  | 5.5        | EXACT       | COUR_DES_COMPTES
            232 | ccomptes-2025-mind             | TELECONSULTATIONS_REIMBURSED_EUR.ALL.FR                              | 2023                  | 266000000  | EXACT       | COUR_DES_COMPTES
            233 | assises-2025-quotidien         | TELECONSULTATIONS_GROWTH.ALL.FR                                      | 2023-01-01/2024-12-31 | 20         | EXACT       | ASSURANCE_MALADIE
            234 | assises-2025-egora             | TELECONSULTATIONS_GROWTH.ALL.FR                                      | 2023-01-01/2024-12-31 | 19         | APPROXIMATE | ASSURANCE_MALADIE
            235 | assises-2025-qare              | TELECONSULTATIONS_GROWTH.ALL.FR                                      | 2023-01-01/2024-12-31 | 18.7       | EXACT       | ASSURANCE_MALADIE
            236 | assises-2025-revueopticiens    | TELECONSULTATIONS_GROWTH.ALL.FR                                      | 2023-01-01/2024-12-31 | 20         | APPROXIMATE | ASSURANCE_MALADIE
            237 | repss-telesante-2-7-5          | TELECONSULTATIONS_GROWTH.ALL.FR                                      | 2020-01-01/2023-12-31 | -32        | EXACT       | ASSURANCE_MALADIE
            238 | assises-2026-healthandtech     | TELECONSULTATIONS_GROWTH.ALL.FR                                      | 2020-01-01/2024-12-31 | -18        | EXACT       | HEALTH_AND_TECH
            239 | assises-2025-quotidien         | PROVIDER_SHARE_OF_TELECONSULTATIONS.LIBERAUX.FR                      | 2024                  | 55         | EXACT       | ASSURANCE_MALADIE
            240 | assises-2025-quotidien         | GP_SHARE_OF_TELECONSULTATIONS.GENERAL_PRACTICE.FR                    | 2024                  | 40         | EXACT       | ASSURANCE_MALADIE
            241 | assises-2025-quotidien         | PROVIDER_SHARE_OF_TELECONSULTATIONS.SPECIALISTS.FR                   | 2024                  | 15         | EXACT       | ASSURANCE_MALADIE
            242 | assises-2025-revueopticiens    | PROVIDER_SHARE_OF_TELECONSULTATIONS.LIBERAUX.FR                      | 2024                  | 55         | EXACT       | ASSURANCE_MALADIE
            243 | assises-2025-revueopticiens    | PROVIDER_SHARE_OF_TELECONSULTATIONS.PLATFORMS.FR                     | 2024                  | 40         | EXACT       | ASSURANCE_MALADIE
            244 | assises-2025-revueopticiens    | PROVIDER_SHARE_OF_TELECONSULTATIONS.PLATFORMS.FR                     | 2021                  | 6          | EXACT       | ASSURANCE_MALADIE
            245 | assises-2025-qare              | PROVIDER_SHARE_OF_TELECONSULTATIONS.LIBERAUX.FR                      | 2024                  | 55         | EXACT       | ASSURANCE_MALADIE
            246 | assises-2025-qare              | PROVIDER_SHARE_OF_TELECONSULTATIONS.PLATFORMS.FR                     | 2021                  | 6          | EXACT       | ASSURANCE_MALADIE
            247 | assises-2025-qare              | PROVIDER_SHARE_OF_TELECONSULTATIONS.PLATFORMS.FR                     | 2024                  | 40         | EXACT       | ASSURANCE_MALADIE
            248 | assises-2025-qare              | PROVIDER_SHARE_OF_TELECONSULTATIONS.PLATFORMS.FR                     | 2025-Q1               | 43         | EXACT       | ASSURANCE_MALADIE
            249 | assises-2025-egora             | PROVIDER_SHARE_OF_TELECONSULTATIONS.PLATFORMS.FR                     | 2020                  | 1          | EXACT       | ASSURANCE_MALADIE
            250 | assises-2025-egora             | PROVIDER_SHARE_OF_TELECONSULTATIONS.PLATFORMS.FR                     | 2025-Q1               | 43         | EXACT       | ASSURANCE_MALADIE
            251 | assises-2025-egora             | GP_SHARE_OF_TELECONSULTATIONS.GENERAL_PRACTICE.FR                    | 2025-Q1               | 38         | EXACT       | ASSURANCE_MALADIE
            252 | assises-2025-egora             | PROVIDER_SHARE_OF_TELECONSULTATIONS.SPECIALISTS.FR                   | 2025-Q1               | 15         | EXACT       | ASSURANCE_MALADIE
            253 | cnam-cp2025-telesantebretagne  | PROVIDER_SHARE_OF_TELECONSULTATIONS.PLATFORMS.FR                     | 2023                  | 33         | AT_LEAST    | ASSURANCE_MALADIE
            254 | cnam-cp2025-telesantebretagne  | GP_SHARE_OF_TELECONSULTATIONS.GENERAL_PRACTICE.FR                    | 2020                  | 79         | EXACT       | ASSURANCE_MALADIE
            255 | cnam-cp2025-telesantebretagne  | GP_SHARE_OF_TELECONSULTATIONS.GENERAL_PRACTICE.FR                    | 2023                  | 48         | EXACT       | ASSURANCE_MALADIE
            256 | ccomptes-2025-moniteurpharma   | PROVIDER_SHARE_OF_TELECONSULTATIONS.PHARMACY_ASSISTED.FR             | 2023                  | 7          | EXACT       | COUR_DES_COMPTES
            257 | ccomptes-2025-pharma365        | PROVIDER_SHARE_OF_TELECONSULTATIONS.PHARMACY_ASSISTED.FR             | 2023                  | 7          | EXACT       | PHARMA365
            258 | gers-moniteurpharma-2023-08-08 | PROVIDER_SHARE_OF_TELECONSULTATIONS.PHARMACY_ASSISTED.FR             | 2021-01-01/2021-11-30 | 6          | EXACT       | GERS_DATA
            259 | gers-moniteurpharma-2023-08-08 | PROVIDER_SHARE_OF_TELECONSULTATIONS.PHARMACY_ASSISTED.FR             | 2022-01-01/2022-11-30 | 16         | EXACT       | GERS_DATA
            260 | insee-lesfrancais              | PROVIDER_SHARE_OF_TELECONSULTATIONS.HEALTH_CENTRES_GP.FR             | 2023                  | 41         | EXACT       | INSEE
            260 | insee-lesfrancais              | PROVIDER_SHARE_OF_TELECONSULTATIONS.HEALTH_CENTRES_GP.FR             | 2022                  | 23         | EXACT       | INSEE
            260 | insee-lesfrancais              | PROVIDER_SHARE_OF_TELECONSULTATIONS.HEALTH_CENTRES_GP.FR             | 2020                  | 4          | EXACT       | INSEE
            261 | drees-er1249-concourspluripro  | PROVIDER_SHARE_OF_TELECONSULTATIONS.TELECONSULTATION_CENTRES.FR      | 2020                  | 44         | EXACT       | DREES
            261 | drees-er1249-concourspluripro  | PROVIDER_SHARE_OF_TELECONSULTATIONS.TELECONSULTATION_CENTRES.FR      | 2021                  | 73         | EXACT       | DREES
            262 | ccomptes-2025-ouie             | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_IDF                       | 2023                  | 50         | APPROXIMATE | COUR_DES_COMPTES
            263 | ccomptes-2025-moniteurpharma   | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_IDF                       | 2023                  | 50         | AT_LEAST    | COUR_DES_COMPTES
            264 | ccomptes-2025-zoomassurance    | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_IDF                       | 2023                  | 50         | AT_LEAST    | COUR_DES_COMPTES
            265 | doctolib-2025-06-lifelines-b   | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_IDF                       | 2023                  | 55         | EXACT       | COUR_DES_COMPTES
            266 | assises-2025-qare              | TELECONSULTATION_DISTRIBUTION_SHARE.PLATFORMS.FR_ZIP                 | 2024                  | 42         | EXACT       | ASSURANCE_MALADIE
            270 | drees-er1249-espacesocial-2    | TELECONSULTATION_DISTRIBUTION_SHARE.GENERAL_PRACTICE.FR_URBAN_POLES  | 2021                  | 69.4       | EXACT       | DREES
            271 | drees-er1249-quotidien         | TELECONSULTATION_DISTRIBUTION_SHARE.GENERAL_PRACTICE.FR_RURAL        | 2021                  | 18         | EXACT       | DREES
            272 | drees-er1249-quotidien         | TELECONSULTATION_DISTRIBUTION_SHARE.GENERAL_PRACTICE.FR_75           | 2021                  | 6          | APPROXIMATE | DREES
            273 | drees-er1249-quotidien         | TELECONSULTATION_DISTRIBUTION_SHARE.GENERAL_PRACTICE.FR_GP_TOP_FIFTH | 2021                  | 23         | EXACT       | DREES
            278 | let-2022-esantetech            | TELECONSULTATION_DISTRIBUTION_SHARE.PLATFORMS.FR_MED_DESERTS         | 2021-08-01/2021-11-30 | 25         | EXACT       | LET
            280 | drees-er1366                   | POPULATION_USE_SHARE.ALL.FR                                          | 2024                  | 15         | EXACT       | DREES
            281 | drees-er1366                   | POPULATION_USE_SHARE.ALL.FR_DENS_URBAN                               | 2024                  | 21         | EXACT       | DREES
            281 | drees-er1366                   | POPULATION_USE_SHARE.ALL.FR_DENS_INTERMED                            | 2024                  | 12         | EXACT       | DREES
            282 | drees-er1366-klesia            | POPULATION_USE_SHARE.ALL.FR_DENS_RURAL                               | 2024                  | 10         | APPROXIMATE | DREES
            285 | qare-barometre-2024-quotidien  | POPULATION_USE_SHARE.ALL.FR                                          | 2024                  | 42         | EXACT       | QARE
            286 | qare-barometre-2024-quotidien  | POPULATION_USE_SHARE.ALL.FR_IDF                                      | 2024                  | 66         | EXACT       | QARE
            286 | qare-barometre-2024-quotidien  | POPULATION_USE_SHARE.ALL.FR_PACA                                     | 2024                  | 39         | EXACT       | QARE
            286 | qare-barometre-2024-quotidien  | POPULATION_USE_SHARE.ALL.FR_BRETAGNE                                 | 2024                  | 38         | EXACT       | QARE
            286 | qare-barometre-2024-quotidien  | POPULATION_USE_SHARE.ALL.FR_GRAND_EST                                | 2024                  | 28         | EXACT       | QARE
            287 | teleexpertise-egora-2025       | TELEEXPERTISES_TOTAL.ALL.FR                                          | 2024                  | 700000     | AT_LEAST    | EGORA
            288 | teleexpertise-egora-2025       | TELEEXPERTISES_TOTAL.ALL.FR                                          | 2024-01-01/2024-11-30 | 701000     | EXACT       | EGORA
            289 | teleexpertise-egora-2025       | TELEEXPERTISES_TOTAL.ALL.FR                                          | 2022-01-01/2024-11-30 | 1100000    | EXACT       | EGORA
            290 | teleexpertise-quotidien-2023   | TELEEXPERTISES_TOTAL.ALL.FR                                          | 2022-01               | 2000       | AT_MOST     | ASSURANCE_MALADIE
            291 | teleexpertise-quotidien-2023   | TELEEXPERTISES_TOTAL.ALL.FR                                          | 2022-08               | 10000      | APPROXIMATE | ASSURANCE_MALADIE
            292 | cabines-tf1-2024-01            | TELECONSULTATION_CABINS.ALL.FR                                       | 2024-01               | 5000       | EXACT       | TF1_INFO
            293 | cabines-tf1-2024-01            | TELECONSULTATION_CABINS_INSTALLED.ALL.FR                             | 2023-07-01/2024-01-31 | 1500       | EXACT       | TF1_INFO
            294 | cabines-tf1-2023-08            | TELECONSULTATION_CABINS.PLATFORMS.FR                                 | 2023-08               | 3200       | EXACT       | MEDADOM_TESSAN_H4D
            295 | cabines-afp-amf83              | TELECONSULTATION_CABINS.ALL.FR                                       | 2024-01-01/2025-12-31 | 6000       | EXACT       | AMF83
            296 | cabines-badabim                | TELECONSULTATION_CABINS.ALL.FR                                       | 2024-01-01/2025-12-31 | 6000       | EXACT       | BADABIM
            297 | cabines-badabim                | TELECONSULTATION_CABIN_PHARMACY_SHARE.ALL.FR                         | 2024-01-01/2025-12-31 | 85         | EXACT       | BADABIM
            298 | quotidien-cabines-2021         | TELECONSULTATION_CABINS.PLATFORMS.FR                                 | 2022-01               | 1500       | EXACT       | MEDADOM
            299 | an-plfss2023-60395             | SICK_LEAVE_PRESCRIPTIONS.ALL.FR                                      | 2021                  | 600000     | AT_MOST     | ASSURANCE_MALADIE
            300 | an-plfss2023-60395             | SICK_LEAVE_SHARE.ALL.FR                                              | 2021                  | 4.5        | EXACT       | ASSURANCE_MALADIE
            301 | an-plfss2023-60395             | SICK_LEAVE_PRESCRIPTIONS.ALL.FR                                      | 2021-08               | 30000      | EXACT       | ASSURANCE_MALADIE
            301 | an-plfss2023-60395             | SICK_LEAVE_PRESCRIPTIONS.ALL.FR                                      | 2022-01               | 92000      | EXACT       | ASSURANCE_MALADIE
            302 | doctolib-2025-06-lifelines-b   | TELECONSULTATIONS_TOTAL.LIBERAUX.FR                                  | 2024                  | 5100000    | EXACT       | DOCTOLIB
            303 | doctolib-2025-06-17-mac4ever   | TELECONSULTATION_SHARE.LIBERAUX.FR                                   | 2024                  | 4.8        | EXACT       | DOCTOLIB
            303 | doctolib-2025-06-17-mac4ever   | TELECONSULTATION_SHARE.LIBERAUX.FR                                   | 2022                  | 5.5        | EXACT       | DOCTOLIB
            304 | doctolib-2025-06-17-mac4ever   | TELECONSULTATION_SHARE.PSYCHIATRY.FR                                 | 2024                  | 20.3       | EXACT       | DOCTOLIB
            304 | doctolib-2025-06-17-mac4ever   | TELECONSULTATION_SHARE.GENERAL_PRACTICE.FR                           | 2024                  | 8.1        | EXACT       | DOCTOLIB
            304 | doctolib-2025-06-17-mac4ever   | TELECONSULTATION_SHARE.PEDIATRICS.FR                                 | 2024                  | 5.1        | EXACT       | DOCTOLIB
            304 | doctolib-2025-06-17-mac4ever   | TELECONSULTATION_SHARE.GYNECOLOGY.FR                                 | 2024                  | 4.8        | EXACT       | DOCTOLIB
            304 | doctolib-2025-06-17-mac4ever   | TELECONSULTATION_SHARE.DERMATOLOGY.FR                                | 2024                  | 4.4        | EXACT       | DOCTOLIB
            305 | doctolib-2025-06-lifelines-a   | PRACTITIONER_SHARE.PSYCHIATRY.FR                                     | 2024                  | 63         | EXACT       | DOCTOLIB
            305 | doctolib-2025-06-lifelines-a   | PRACTITIONER_SHARE.GENERAL_PRACTICE.FR                               | 2024                  | 42         | EXACT       | DOCTOLIB
            305 | doctolib-2025-06-lifelines-a   | PRACTITIONER_SHARE.PEDIATRICS.FR                                     | 2024                  | 46         | EXACT       | DOCTOLIB
            305 | doctolib-2025-06-lifelines-a   | PRACTITIONER_SHARE.GYNECOLOGY.FR                                     | 2024                  | 41         | EXACT       | DOCTOLIB
            305 | doctolib-2025-06-lifelines-a   | PRACTITIONER_SHARE.DERMATOLOGY.FR                                    | 2024                  | 29         | EXACT       | DOCTOLIB
            306 | qare-barometre-2024-quotidien  | TELECONSULTATIONS_TOTAL.ALL.FR                                       | 2024                  | 14000000   | AT_LEAST    | QARE
            307 | let-2022-paddlely              | TELECONSULTATIONS_TOTAL.PLATFORMS.FR                                 | 2021-08-01/2021-11-30 | 1800000    | EXACT       | LET
            308 | teleexpertise-quotidien-2023   | TELEEXPERTISES_TOTAL.PLATFORMS.FR                                    | 2023-01               | 17000      | APPROXIMATE | OMNIDOC
            """)
    void aResearchFigureIsServed(int figure, String publication, String series, String period, double value,
            String qualifier, String source) {
        ResearchFiguresTest.assertServed(publication, series, period, value, qualifier, source);
    }
}
