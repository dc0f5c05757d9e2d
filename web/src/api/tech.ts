import {
  ZDemand,
  ZDemandList,
  ZDealList,
  ZListing,
  ZListingList,
  ZMatchList,
  ZTechContact,
  ZTechContactList,
  ZTechStats,
  type ZDealBody,
  type ZDemandInput,
  type ZDemandPatch,
  type ZListingInput,
  type ZListingPatch,
} from '@zhichan/contract';
import type { z } from 'zod';
import type { ContactCard } from '@zhichan/contract';
import { api, type QueryValue } from './client';

/** Technology supply and demand (项目供应 / 项目需求): halls, own postings, matches, contacts, deals. */
export type TechListQuery = Record<string, QueryValue>;

export const fetchListings = (q: TechListQuery) => api.get('/api/tech/listings', ZListingList, q);
export const fetchMyListings = (q: TechListQuery) => api.get('/api/tech/listings/mine', ZListingList, q);
export const fetchSupervisedListings = (q: TechListQuery) => api.get('/api/tech/listings/supervise', ZListingList, q);
export const createListing = (body: z.input<typeof ZListingInput>) => api.post('/api/tech/listings', ZListing, body);
export const updateListing = (id: number, body: z.input<typeof ZListingPatch>) => api.patch(`/api/tech/listings/${id}`, ZListing, body);
export const moveListing = (id: number, action: 'publish' | 'close') => api.post(`/api/tech/listings/${id}/${action}`, ZListing);

export const fetchDemands = (q: TechListQuery) => api.get('/api/tech/demands', ZDemandList, q);
export const fetchMyDemands = (q: TechListQuery) => api.get('/api/tech/demands/mine', ZDemandList, q);
export const fetchSupervisedDemands = (q: TechListQuery) => api.get('/api/tech/demands/supervise', ZDemandList, q);
export const fetchDemand = (id: number) => api.get(`/api/tech/demands/${id}`, ZDemand);
export const createDemand = (body: z.input<typeof ZDemandInput>) => api.post('/api/tech/demands', ZDemand, body);
export const updateDemand = (id: number, body: z.input<typeof ZDemandPatch>) => api.patch(`/api/tech/demands/${id}`, ZDemand, body);
export const moveDemand = (id: number, action: 'publish' | 'close') => api.post(`/api/tech/demands/${id}/${action}`, ZDemand);
/** The ranked candidates of a demand with their explanations. */
export const fetchMatches = (id: number) => api.get(`/api/tech/demands/${id}/matches`, ZMatchList, { limit: 20 });

export const fetchContacts = (q: TechListQuery) => api.get('/api/tech/contacts', ZTechContactList, q);
export const fetchContact = (id: number) => api.get(`/api/tech/contacts/${id}`, ZTechContact);
export const createContact = (body: { demandId?: number; listingId?: number; patentId?: number; message: string; contact?: ContactCard }) =>
  api.post('/api/tech/contacts', ZTechContact, body);
/** 联系需求方: a supplier answers a published demand from the hall, with the contact details it chose. */
export const contactDemandPoster = (demandId: number, body: { message: string; contact: ContactCard }) =>
  api.post(`/api/tech/demands/${demandId}/contact`, ZTechContact, body);
export const postContactMessage = (id: number, body: string) => api.post(`/api/tech/contacts/${id}/messages`, ZTechContact, { body });
export const closeContact = (id: number) => api.post(`/api/tech/contacts/${id}/close`, ZTechContact);
export const recordDeal = (id: number, body: z.input<typeof ZDealBody>) => api.post(`/api/tech/contacts/${id}/deal`, ZTechContact, body);
export const fetchDeals = (q: TechListQuery) => api.get('/api/tech/deals', ZDealList, q);
export const fetchTechStats = (q: TechListQuery) => api.get('/api/tech/stats', ZTechStats, q);
