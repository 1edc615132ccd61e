package org.telebarometer.observation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The figures of part 2 of the research on published figures (numbers 309 to 433), served end to end: every figure the
 * dataset keeps, one row per value (a range by its middle value). Figure 434 is kept out (dataset/excluded/); the
 * conflicts of part 2 are in {@link PartTwoConflictsTest}.
 */
@QuarkusTest
class ResearchFiguresPartTwoTest {

    @ParameterizedTest(name = "#{0} {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            309 | cnam-2019-09-lelynx                | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2018-12               | 1000      | EXACT       | ASSURANCE_MALADIE
            310 | cnam-2019-09-univadis              | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2019-01               | 2000      | EXACT       | ASSURANCE_MALADIE
            311 | cnam-2019-09-univadis              | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2019-05               | 7000      | EXACT       | ASSURANCE_MALADIE
            312 | cnam-2019-09-univadis              | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2019-07               | 10000     | EXACT       | ASSURANCE_MALADIE
            313 | cnam-2019-09-univadis              | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2019-08               | 12000     | APPROXIMATE | ASSURANCE_MALADIE
            314 | cnam-2019-09-lamedicale            | TELECONSULTATIONS.ALL.FR                                                   | 2019-09-02/2019-09-15 | 3300      | APPROXIMATE | ASSURANCE_MALADIE
            315 | cnam-2019-06-quotidien-16000       | TELECONSULTATIONS.ALL.FR                                                   | 2019-W19              | 1098      | EXACT       | ASSURANCE_MALADIE
            316 | cnam-2019-06-quotidien-16000       | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2018-09-15/2019-05-15 | 16000     | AT_LEAST    | ASSURANCE_MALADIE
            317 | cnam-2019-03-infodentaire          | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2018-09-15/2019-03-17 | 7939      | EXACT       | ASSURANCE_MALADIE
            318 | molinari-2022-01                   | TELECONSULTATIONS_PER_MONTH.ALL.FR                                         | 2018-09-15/2019-06-30 | 10000     | AT_MOST     | INSTITUT_MOLINARI
            319 | molinari-2022-01                   | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2020-02               | 40000     | EXACT       | INSTITUT_MOLINARI
            320 | lepharmaciendefrance-ca-decolle    | TELECONSULTATIONS_PER_MONTH.ALL.FR                                         | 2020-01-01/2020-02-29 | 40000     | EXACT       | ASSURANCE_MALADIE
            321 | molinari-2022-01                   | TELECONSULTATIONS_PER_MONTH.ALL.FR                                         | 2020-07-01/2020-08-31 | 1000000   | APPROXIMATE | INSTITUT_MOLINARI
            322 | cnam-cp2021-andep                  | TELECONSULTATIONS.ALL.FR                                                   | 2020-05-11/2020-06-30 | 650000    | EXACT       | ASSURANCE_MALADIE
            323 | an-2020-centre-941772              | TELECONSULTATIONS.ALL.FR_CENTRE_VDL                                        | 2020-09               | 4000      | APPROXIMATE | ASSURANCE_MALADIE
            323 | an-2020-centre-941772              | TELECONSULTATIONS.ALL.FR_36                                                | 2020-09               | 4000      | APPROXIMATE | ASSURANCE_MALADIE
            324 | cnam-2019-09-europe1               | PATIENTS_TOTAL.ALL.FR                                                      | 2018-09-15/2019-09-12 | 30000     | EXACT       | ASSURANCE_MALADIE
            325 | cnam-2019-09-medscape              | TELECONSULTATIONS_PER_PATIENT.ALL.FR                                       | 2018-09-15/2019-09-15 | 1.4       | EXACT       | ASSURANCE_MALADIE
            326 | cnam-cp2025-telesantebretagne      | PATIENTS_TOTAL.ALL.FR.ADULTS                                               | 2022                  | 4800000   | EXACT       | ASSURANCE_MALADIE
            327 | assises-2025-yuzunews              | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2021                  | 13200000  | EXACT       | ASSURANCE_MALADIE
            328 | assises-2025-yuzunews              | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2022                  | 12600000  | EXACT       | ASSURANCE_MALADIE
            329 | assises-2025-yuzunews              | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2023                  | 11700000  | EXACT       | ASSURANCE_MALADIE
            330 | ccomptes-2025-smun                 | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2018-09-15/2023-12-31 | 56000000  | APPROXIMATE | COUR_DES_COMPTES
            331 | ccomptes-2025-smun                 | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2020                  | 17300000  | APPROXIMATE | COUR_DES_COMPTES
            332 | assises-2026-egora                 | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2025                  | 14000000  | APPROXIMATE | EGORA
            333 | molinari-2022-01                   | TELECONSULTATION_VALUE_SHARE.ALL.FR                                        | 2020-09-01/2021-12-31 | 5         | APPROXIMATE | INSTITUT_MOLINARI
            334 | molinari-2022-01                   | TELECONSULTATION_VALUE_SHARE.ALL.FR                                        | 2020-11               | 8         | EXACT       | INSTITUT_MOLINARI
            335 | ccomptes-2025-quotidienpharmacien  | TELECONSULTATION_SHARE.PHARMACY_ASSISTED.FR                                | 2023                  | 0.2       | EXACT       | COUR_DES_COMPTES
            336 | lepharmaciendefrance-ca-decolle    | PRACTITIONER_SHARE.ALL.FR                                                  | 2020-09               | 50        | APPROXIMATE | ASSURANCE_MALADIE
            337 | an-2020-centre-941772              | PRACTITIONER_SHARE.GENERAL_PRACTICE.FR_CENTRE_VDL                          | 2020-09               | 30        | EXACT       | ASSURANCE_MALADIE
            337 | an-2020-centre-941772              | PRACTITIONER_SHARE.GENERAL_PRACTICE.FR_36                                  | 2020-09               | 30        | EXACT       | ASSURANCE_MALADIE
            338 | cnam-2019-09-univadis              | PRACTITIONERS.LIBERAUX.FR                                                  | 2018-09-15/2019-09-15 | 1647      | EXACT       | ASSURANCE_MALADIE
            339 | cnam-2019-03-infodentaire          | GP_SHARE_OF_TELECONSULTATIONS.GENERAL_PRACTICE.FR                          | 2018-09-15/2019-03-17 | 40.2      | EXACT       | ASSURANCE_MALADIE
            340 | cnam-2019-03-infodentaire          | PROVIDER_SHARE_OF_TELECONSULTATIONS.SPECIALISTS.FR                         | 2018-09-15/2019-03-17 | 32.2      | EXACT       | ASSURANCE_MALADIE
            341 | cnam-2019-03-infodentaire          | PROVIDER_SHARE_OF_TELECONSULTATIONS.HEALTH_CENTRES.FR                      | 2018-09-15/2019-03-17 | 19.9      | EXACT       | ASSURANCE_MALADIE
            342 | cnam-2019-03-infodentaire          | PROVIDER_SHARE_OF_TELECONSULTATIONS.HOSPITAL.FR                            | 2018-09-15/2019-03-17 | 7.7       | EXACT       | ASSURANCE_MALADIE
            343 | cnam-2019-06-quotidien-16000       | GP_SHARE_OF_TELECONSULTATIONS.GENERAL_PRACTICE.FR                          | 2018-09-15/2019-05-15 | 47.2      | EXACT       | ASSURANCE_MALADIE
            344 | cnam-2019-06-quotidien-16000       | PROVIDER_SHARE_OF_TELECONSULTATIONS.SPECIALISTS.FR                         | 2018-09-15/2019-05-15 | 30.3      | EXACT       | ASSURANCE_MALADIE
            345 | cnam-2019-06-quotidien-16000       | PROVIDER_SHARE_OF_TELECONSULTATIONS.LIBERAUX.FR                            | 2018-09-15/2019-05-15 | 80.8      | EXACT       | ASSURANCE_MALADIE
            346 | cnam-2019-06-quotidien-16000       | PROVIDER_SHARE_OF_TELECONSULTATIONS.HEALTH_CENTRES.FR                      | 2018-09-15/2019-05-15 | 11.3      | EXACT       | ASSURANCE_MALADIE
            347 | cnam-2019-06-quotidien-16000       | PROVIDER_SHARE_OF_TELECONSULTATIONS.HOSPITAL.FR                            | 2018-09-15/2019-05-15 | 7.9       | EXACT       | ASSURANCE_MALADIE
            348 | cnam-2019-09-univadis              | PROVIDER_SHARE_OF_TELECONSULTATIONS.LIBERAUX.FR                            | 2018-09-15/2019-09-15 | 85        | EXACT       | ASSURANCE_MALADIE
            349 | cnam-2019-09-lamedicale            | PROVIDER_SHARE_OF_TELECONSULTATIONS.HEALTH_CENTRES.FR                      | 2018-09-15/2019-09-15 | 8         | EXACT       | ASSURANCE_MALADIE
            350 | cnam-2019-09-univadis              | SHARE_OF_LIBERAL_TELECONSULTATIONS.GENERAL_PRACTICE.FR                     | 2018-09-15/2019-09-15 | 65        | EXACT       | ASSURANCE_MALADIE
            351 | cnam-2019-09-univadis              | SHARE_OF_LIBERAL_TELECONSULTATIONS.SPECIALISTS.FR                          | 2018-09-15/2019-09-15 | 35        | EXACT       | ASSURANCE_MALADIE
            352 | cnam-2019-09-univadis              | SHARE_OF_SPECIALIST_TELECONSULTATIONS.PSYCHIATRY.FR                        | 2018-09-15/2019-09-15 | 14        | APPROXIMATE | ASSURANCE_MALADIE
            353 | cnam-2019-09-univadis              | SHARE_OF_SPECIALIST_TELECONSULTATIONS.GYNECOLOGY.FR                        | 2018-09-15/2019-09-15 | 8         | APPROXIMATE | ASSURANCE_MALADIE
            354 | cnam-2019-09-univadis              | SHARE_OF_SPECIALIST_TELECONSULTATIONS.PEDIATRICS.FR                        | 2018-09-15/2019-09-15 | 5         | APPROXIMATE | ASSURANCE_MALADIE
            355 | cnam-2019-09-univadis              | SHARE_OF_LIBERAL_TELECONSULTATIONS.LIBERAUX_60_AND_OVER.FR                 | 2018-09-15/2019-09-15 | 15        | EXACT       | ASSURANCE_MALADIE
            356 | cnam-2020-07-agipi                 | GP_SHARE_OF_TELECONSULTATIONS.GENERAL_PRACTICE.FR                          | 2019-09-01/2020-04-30 | 82.6      | EXACT       | ASSURANCE_MALADIE
            357 | cnam-2020-07-agipi                 | PROVIDER_SHARE_OF_TELECONSULTATIONS.PSYCHIATRY.FR                          | 2019-09-01/2020-04-30 | 6.4       | EXACT       | ASSURANCE_MALADIE
            358 | cnam-2020-07-agipi                 | PROVIDER_SHARE_OF_TELECONSULTATIONS.PEDIATRICS.FR                          | 2019-09-01/2020-04-30 | 2         | EXACT       | ASSURANCE_MALADIE
            359 | cnam-2020-07-agipi                 | PROVIDER_SHARE_OF_TELECONSULTATIONS.GYNECOLOGY.FR                          | 2019-09-01/2020-04-30 | 1.3       | EXACT       | ASSURANCE_MALADIE
            360 | cnam-2020-07-agipi                 | PROVIDER_SHARE_OF_TELECONSULTATIONS.DERMATOLOGY.FR                         | 2019-09-01/2020-04-30 | 1.1       | EXACT       | ASSURANCE_MALADIE
            361 | cnam-2020-07-agipi                 | PROVIDER_SHARE_OF_TELECONSULTATIONS.ENDOCRINOLOGY.FR                       | 2019-09-01/2020-04-30 | 1.1       | EXACT       | ASSURANCE_MALADIE
            362 | cnam-2019-09-univadis              | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_IDF                             | 2018-09-15/2019-09-15 | 44        | EXACT       | ASSURANCE_MALADIE
            363 | cnam-2019-09-univadis              | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_75                              | 2018-09-15/2019-09-15 | 15        | EXACT       | ASSURANCE_MALADIE
            364 | cnam-2019-09-univadis              | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_94                              | 2018-09-15/2019-09-15 | 8         | EXACT       | ASSURANCE_MALADIE
            365 | cnam-2019-09-univadis              | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_78                              | 2018-09-15/2019-09-15 | 6         | EXACT       | ASSURANCE_MALADIE
            365 | cnam-2019-09-univadis              | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_92                              | 2018-09-15/2019-09-15 | 6         | EXACT       | ASSURANCE_MALADIE
            366 | cnam-2019-09-lelynx                | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_IDF                             | 2018-09-15/2019-09-12 | 38        | EXACT       | ASSURANCE_MALADIE
            367 | cnam-2019-09-lelynx                | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_OCCITANIE                       | 2018-09-15/2019-09-12 | 16        | EXACT       | ASSURANCE_MALADIE
            368 | cnam-2019-06-quotidien-16000       | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_IDF                             | 2018-09-15/2019-05-15 | 40        | EXACT       | ASSURANCE_MALADIE
            369 | cnam-2019-06-quotidien-16000       | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_ALSACE                          | 2018-09-15/2019-05-15 | 7         | EXACT       | ASSURANCE_MALADIE
            370 | cnam-2019-06-quotidien-16000       | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR_34                              | 2018-09-15/2019-05-15 | 5         | EXACT       | ASSURANCE_MALADIE
            371 | cnam-2019-06-quotidien-16000       | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR.UNDER_40                        | 2018-09-15/2019-05-15 | 54        | EXACT       | ASSURANCE_MALADIE
            371 | cnam-2019-06-quotidien-16000       | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR.AGED_70_AND_OVER                | 2018-09-15/2019-05-15 | 15        | EXACT       | ASSURANCE_MALADIE
            372 | cnam-2019-09-medscape              | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR.WOMEN                           | 2018-09-15/2019-09-15 | 64        | EXACT       | ASSURANCE_MALADIE
            373 | cnam-2019-09-medscape              | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR.UNDER_30                        | 2018-09-15/2019-09-15 | 33        | APPROXIMATE | ASSURANCE_MALADIE
            373 | cnam-2019-09-medscape              | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR.UNDER_40                        | 2018-09-15/2019-09-15 | 56        | EXACT       | ASSURANCE_MALADIE
            374 | cnam-2019-09-medscape              | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR.ALD_PATIENTS                    | 2018-09-15/2019-09-15 | 27        | EXACT       | ASSURANCE_MALADIE
            375 | cnam-2019-09-rtl                   | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR.ALD_PATIENTS                    | 2018-09-15/2019-09-12 | 30        | EXACT       | ASSURANCE_MALADIE
            376 | cnam-2019-09-lelynx                | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR.AGED_70_AND_OVER                | 2018-09-15/2019-09-12 | 12        | AT_MOST     | ASSURANCE_MALADIE
            377 | drees-er1249-huffpost              | TELECONSULTATION_DISTRIBUTION_SHARE.GENERAL_PRACTICE.FR_NEAR_DOCTOR        | 2021                  | 58.6      | EXACT       | DREES
            378 | drees-er1249-mind                  | TELECONSULTATION_DISTRIBUTION_SHARE.GENERAL_PRACTICE.FR_GP_TOP_FIFTH       | 2021                  | 23.3      | EXACT       | DREES
            379 | drees-er1249-mind                  | TELECONSULTATION_DISTRIBUTION_SHARE.GENERAL_PRACTICE.FR_GP_LOW_FIFTH       | 2021                  | 17.9      | EXACT       | DREES
            380 | let-2022-lesechosetudes            | TELECONSULTATION_DISTRIBUTION_SHARE.PLATFORMS.FR_MED_DESERTS               | 2021-08-01/2021-11-30 | 25.1      | EXACT       | LET
            381 | let-2022-lesechosetudes            | TELECONSULTATION_DISTRIBUTION_SHARE.PLATFORMS_OUT_OF_HOURS.FR              | 2021-08-01/2021-11-30 | 20        | APPROXIMATE | LET
            382 | ccomptes-2025-quotidienpharmacien  | TELECONSULTATION_DISTRIBUTION_SHARE.PHARMACY_ASSISTED.FR_ZIP               | 2019-01-01/2023-12-31 | 42        | EXACT       | COUR_DES_COMPTES
            383 | managersante-2020-11               | POPULATION_USE_SHARE.ALL.FR                                                | 2019                  | 6         | EXACT       | MANAGERSANTE
            384 | managersante-2020-11               | PRACTITIONER_SHARE.ALL.FR                                                  | 2019                  | 13        | EXACT       | MANAGERSANTE
            385 | managersante-2020-11               | POPULATION_USE_SHARE.ALL.FR                                                | 2020-03-17/2020-05-10 | 27        | EXACT       | CSA
            386 | managersante-2020-11               | PRACTITIONER_SHARE.GENERAL_PRACTICE.FR                                     | 2020-03-17/2020-05-10 | 69        | EXACT       | CSA
            387 | drees-er1366-ouie                  | POPULATION_USE_SHARE.ALL.FR.UNDER_45                                       | 2024                  | 23        | EXACT       | DREES
            388 | drees-er1366-buzzesante            | TELECONSULTATION_MODE_SHARE.VIDEO_ONLY.FR                                  | 2024                  | 77        | EXACT       | DREES
            388 | drees-er1366-buzzesante            | TELECONSULTATION_MODE_SHARE.TELEPHONE_ONLY.FR                              | 2024                  | 14        | EXACT       | DREES
            388 | drees-er1366-buzzesante            | TELECONSULTATION_MODE_SHARE.VIDEO_AND_TELEPHONE.FR                         | 2024                  | 9         | EXACT       | DREES
            389 | drees-er1366-klesia                | TELECONSULTATION_REASON_SHARE.ALL.FR.REASON_WAITING_TIMES                  | 2024                  | 43        | EXACT       | DREES
            389 | drees-er1366-klesia                | TELECONSULTATION_REASON_SHARE.ALL.FR.REASON_URGENT                         | 2024                  | 33        | EXACT       | DREES
            389 | drees-er1366-klesia                | TELECONSULTATION_REASON_SHARE.ALL.FR.REASON_RENEWAL                        | 2024                  | 20        | EXACT       | DREES
            390 | drees-er1366-ouie                  | NON_USE_REASON_SHARE.ALL.FR.REASON_PREFER_IN_PERSON                        | 2024                  | 67        | EXACT       | DREES
            391 | leblob-afp                         | TELECONSULTATION_DISTRIBUTION_SHARE.ALL.FR.PATIENTS_UNKNOWN_TO_DOCTOR      | 2023                  | 22        | EXACT       | BVA
            392 | kine-idf-2020-ffmkr75              | TELESOIN_TOTAL.KINESITHERAPY.FR_IDF                                        | 2020-04-18/2020-05-31 | 7241      | EXACT       | ASSURANCE_MALADIE
            393 | kine-idf-2020-ffmkr75              | TELESOIN_TOTAL.KINESITHERAPY.FR_IDF                                        | 2020-04-18/2020-06-07 | 7899      | EXACT       | ASSURANCE_MALADIE
            394 | kine-idf-2020-ffmkr75              | TELESOIN_SHARE.KINESITHERAPY.FR_IDF                                        | 2020-04-16/2020-05-31 | 0.69      | EXACT       | FFMKR_PARIS
            395 | idel-telesoin-2020-espaceinfirmier | TELESOIN.NURSING.FR                                                        | 2020-W14              | 1500      | APPROXIMATE | ASSURANCE_MALADIE
            396 | idel-telesoin-2020-espaceinfirmier | TELESOIN.NURSING.FR                                                        | 2020-W15              | 3800      | EXACT       | ASSURANCE_MALADIE
            397 | idel-telesoin-2020-espaceinfirmier | TELESOIN.NURSING.FR                                                        | 2020-04-13/2020-05-10 | 6500      | RANGE       | ASSURANCE_MALADIE
            398 | cnam-2019-teleexpertise-quotidien  | TELEEXPERTISES_TOTAL.ALL.FR                                                | 2019-02-10/2019-08-09 | 771       | EXACT       | ASSURANCE_MALADIE
            399 | cnam-2019-teleexpertise-quotidien  | TELEEXPERTISES_TOTAL.ALL.FR                                                | 2019-02-10/2019-04-30 | 110       | EXACT       | ASSURANCE_MALADIE
            400 | cnam-2019-teleexpertise-quotidien  | TELEEXPERTISES_TOTAL.ALL.FR                                                | 2019-07               | 232       | EXACT       | ASSURANCE_MALADIE
            401 | cnam-2019-teleexpertise-quotidien  | PROVIDER_SHARE_OF_TELEEXPERTISES.LIBERAUX.FR                               | 2019-02-10/2019-08-09 | 68        | EXACT       | ASSURANCE_MALADIE
            401 | cnam-2019-teleexpertise-quotidien  | PROVIDER_SHARE_OF_TELEEXPERTISES.HOSPITAL.FR                               | 2019-02-10/2019-08-09 | 32        | EXACT       | ASSURANCE_MALADIE
            402 | cnam-2019-teleexpertise-quotidien  | PRACTITIONERS_TELEEXPERTISE.LIBERAUX.FR                                    | 2019-02-10/2019-08-09 | 69        | EXACT       | ASSURANCE_MALADIE
            403 | cnam-2019-teleexpertise-quotidien  | TELEEXPERTISE_LEVEL2_SHARE.ALL.FR                                          | 2019-02-10/2019-08-09 | 62        | EXACT       | ASSURANCE_MALADIE
            404 | pmp-2020-06-15                     | TELEEXPERTISES_TOTAL.ALL.FR                                                | 2019                  | 800       | AT_MOST     | PMP_STRATEGY
            405 | ccomptes-2025-quotidienpharmacien  | PHARMACY_PARTICIPATION_SHARE.PHARMACY_ASSISTED.FR                          | 2019-01-01/2024-06-30 | 28        | EXACT       | COUR_DES_COMPTES
            406 | ccomptes-2025-quotidienpharmacien  | PHARMACY_PARTICIPATION_SHARE.PHARMACY_ASSISTED.FR_29                       | 2019-01-01/2024-06-30 | 10        | AT_MOST     | COUR_DES_COMPTES
            407 | ccomptes-2025-quotidienpharmacien  | PHARMACY_PARTICIPATION_SHARE.PHARMACY_ASSISTED.FR_72                       | 2019-01-01/2024-06-30 | 50        | AT_LEAST    | COUR_DES_COMPTES
            407 | ccomptes-2025-quotidienpharmacien  | PHARMACY_PARTICIPATION_SHARE.PHARMACY_ASSISTED.FR_89                       | 2019-01-01/2024-06-30 | 50        | AT_LEAST    | COUR_DES_COMPTES
            407 | ccomptes-2025-quotidienpharmacien  | PHARMACY_PARTICIPATION_SHARE.PHARMACY_ASSISTED.FR_45                       | 2019-01-01/2024-06-30 | 50        | AT_LEAST    | COUR_DES_COMPTES
            408 | gers-moniteurpharma-2023-08-08     | PHARMACY_CONCENTRATION.PHARMACIES_HALF_OF_ACTS.FR                          | 2022                  | 2         | EXACT       | GERS_DATA
            408 | gers-moniteurpharma-2023-08-08     | PHARMACY_CONCENTRATION.PHARMACIES_90_PERCENT_OF_ACTS.FR                    | 2022                  | 8         | EXACT       | GERS_DATA
            409 | senat-2022-cnam-2517978            | SICK_LEAVE_PRESCRIPTIONS.NON_TREATING_PHYSICIANS.FR                        | 2021                  | 110000    | EXACT       | ASSURANCE_MALADIE
            410 | braun-2022-09-francetvinfo         | SICK_LEAVE_PRESCRIPTIONS.ALL.FR                                            | 2021                  | 110000    | EXACT       | GOVERNMENT
            411 | braun-2022-09-francetvinfo         | SICK_LEAVE_NON_TREATING_SHARE.ALL.FR                                       | 2021                  | 80        | APPROXIMATE | GOVERNMENT
            412 | braun-2022-09-francetvinfo         | SICK_LEAVE_COST_EUR.NON_TREATING_PHYSICIANS.FR                             | 2021                  | 100000000 | APPROXIMATE | GOVERNMENT
            413 | an-plfss2023-60395                 | SICK_LEAVE_NON_TREATING_SHARE.ALL.FR                                       | 2021                  | 30        | EXACT       | ASSURANCE_MALADIE
            414 | an-plfss2023-60395                 | SICK_LEAVE_NO_OTHER_PRESCRIPTION_SHARE.NON_TREATING_PHYSICIANS.FR          | 2021                  | 75        | EXACT       | ASSURANCE_MALADIE
            415 | an-2023-avis1784-hopitalex         | SICK_LEAVE_MEAN_DURATION_DAYS.ALL.FR                                       | 2022-01-01/2022-10-31 | 18        | EXACT       | ASSEMBLEE_NATIONALE
            416 | an-2023-avis1784-hopitalex         | SICK_LEAVE_NON_TREATING_SHARE.ALL.FR                                       | 2022                  | 27        | EXACT       | ASSEMBLEE_NATIONALE
            417 | entoria-2024-frenchbrokers         | SICK_LEAVE_PRESCRIPTIONS.ALL.FR                                            | 2022                  | 450000    | EXACT       | ENTORIA
            418 | ccomptes-2025-agcr                 | SICK_LEAVE_RATE.PLATFORMS.FR_IDF                                           | 2023                  | 6         | EXACT       | COUR_DES_COMPTES
            418 | ccomptes-2025-agcr                 | SICK_LEAVE_RATE.GENERAL_PRACTICE.FR_IDF                                    | 2023                  | 10        | EXACT       | COUR_DES_COMPTES
            419 | ccomptes-2025-agcr                 | SICK_LEAVE_RATE.PLATFORMS.FR_GRAND_EST                                     | 2023                  | 11        | EXACT       | COUR_DES_COMPTES
            419 | ccomptes-2025-agcr                 | SICK_LEAVE_RATE.GENERAL_PRACTICE.FR_GRAND_EST                              | 2023                  | 10        | EXACT       | COUR_DES_COMPTES
            420 | ccomptes-2025-agcr                 | SICK_LEAVE_INITIAL_SHARE.PLATFORMS.FR                                      | 2023                  | 95        | EXACT       | COUR_DES_COMPTES
            420 | ccomptes-2025-agcr                 | SICK_LEAVE_INITIAL_SHARE.GENERAL_PRACTICE.FR                               | 2023                  | 83.5      | RANGE       | COUR_DES_COMPTES
            421 | mesdocteurs-2022-vyv               | TELECONSULTATIONS_TOTAL.ALL.FR                                             | 2019                  | 75000     | EXACT       | MESDOCTEURS
            422 | mesdocteurs-2022-vyv               | PRACTITIONERS.ALL.FR                                                       | 2019                  | 3000      | EXACT       | MESDOCTEURS
            423 | mesdocteurs-2022-vyv               | PRACTITIONERS.ALL.FR                                                       | 2020                  | 70000     | RANGE       | MESDOCTEURS
            424 | mesdocteurs-2022-vyv               | TELECONSULTATION_SHARE.ALL.FR                                              | 2020-04               | 9         | RANGE       | MESDOCTEURS
            425 | mesdocteurs-2022-vyv               | TELECONSULTATION_SHARE.ALL.FR                                              | 2022-Q1               | 4.5       | RANGE       | MESDOCTEURS
            426 | leblob-afp                         | TELECONSULTATIONS_PER_MONTH.LIBERAUX.FR                                    | 2023                  | 500000    | EXACT       | DOCTOLIB
            427 | leblob-afp                         | TELECONSULTATION_DISTRIBUTION_SHARE.LIBERAUX.FR.PATIENTS_UNKNOWN_TO_DOCTOR | 2023                  | 20        | EXACT       | DOCTOLIB
            428 | qare-2022-lemoniteur77             | TELECONSULTATIONS_TOTAL.PLATFORMS.FR_IDF                                   | 2022                  | 500000    | EXACT       | QARE
            429 | qare-2022-lemoniteur77             | TELECONSULTATIONS_TOTAL.PLATFORMS.FR_77                                    | 2022                  | 76000     | EXACT       | QARE
            430 | qare-2022-lemoniteur77             | TELECONSULTATIONS_GROWTH.PLATFORMS.FR_77                                   | 2021-01-01/2022-12-31 | 76        | EXACT       | QARE
            431 | qare-2022-lemoniteur77             | TELECONSULTATION_DISTRIBUTION_SHARE.PLATFORMS.FR_IDF.NO_TREATING_PHYSICIAN | 2022                  | 50        | APPROXIMATE | QARE
            432 | medaviz-2023-quotidien             | TELECONSULTATIONS_GROWTH.LIBERAUX.FR                                       | 2022-01-01/2023-12-31 | 7.9       | EXACT       | MEDAVIZ
            433 | medaviz-2023-quotidien             | PROVIDER_SHARE_OF_TELECONSULTATIONS.PSYCHIATRY.FR                          | 2023                  | 10.2      | EXACT       | MEDAVIZ
            433 | medaviz-2023-quotidien             | PROVIDER_SHARE_OF_TELECONSULTATIONS.DERMATOLOGY.FR                         | 2023                  | 4.6       | EXACT       | MEDAVIZ
            """)
    void aResearchFigureIsServed(int figure, String publication, String series, String period, double value,
            String qualifier, String source) {
        ResearchFiguresTest.assertServed(publication, series, period, value, qualifier, source);
    }
}
