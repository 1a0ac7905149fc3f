/**
 * Approved products (and CAR-T as a class), one module per product so that a label change is
 * one reviewable file: who the label is for, whom it excludes, the regimen, and the words read.
 */
import type { Product } from '../schema';
import { adstiladrin } from './adstiladrin';
import { beqvez } from './beqvez';
import { carT } from './car-t';
import { casgevy } from './casgevy';
import { elevidys } from './elevidys';
import { hemgenix } from './hemgenix';
import { itvisma } from './itvisma';
import { kebilidi } from './kebilidi';
import { kresladi } from './kresladi';
import { lenmeldy } from './lenmeldy';
import { luxturna } from './luxturna';
import { lyfgenia } from './lyfgenia';
import { otarmeni } from './otarmeni';
import { papzimeos } from './papzimeos';
import { roctavian } from './roctavian';
import { skysona } from './skysona';
import { strimvelis } from './strimvelis';
import { tecelra } from './tecelra';
import { waskyra } from './waskyra';
import { zevaskyn } from './zevaskyn';
import { zolgensma } from './zolgensma';
import { zynteglo } from './zynteglo';

export const products: Product[] = [
  zolgensma,
  itvisma,
  luxturna,
  hemgenix,
  roctavian,
  beqvez,
  elevidys,
  kebilidi,
  zynteglo,
  skysona,
  lyfgenia,
  lenmeldy,
  waskyra,
  kresladi,
  tecelra,
  otarmeni,
  carT,
  adstiladrin,
  papzimeos,
  casgevy,
  zevaskyn,
  strimvelis
];
