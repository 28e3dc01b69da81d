/**
 * Net revenue retention: the NRR forecast per fiscal quarter (starting ARR, renewals due, churn, contraction and
 * expansion with one owner each and their weekly updates, the actuals) and the at-risk accounts, also as of a past date.
 */
package dev.cadence.nrr;
