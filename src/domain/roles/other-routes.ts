/**
 * Routes into palliative medicine besides IMT and ACCS-IM, as sourced statements for the route and
 * roles pages: the Alternative Certificate (which Pathway dates), the GMC Portfolio pathway (formerly
 * CESR) and the end of standalone IMY3 posts (which it only describes). Figures are quoted from the
 * rules in src/domain/rules/other-routes.ts.
 */
import { formatLongDate } from '../dates';
import {
  alternativeCertificate,
  imyThreeRecruitmentEnded,
  mrcpForStFourApplication,
  portfolioPathway,
  portfolioPathwayApplication,
  portfolioPathwayRenamed,
  stFourFirstOffersDeadline,
} from '../rules/other-routes';
import { higherTrainingLength } from '../rules/specialty';
import { type Statement, fromRule } from './statements';

/** Whether Pathway dates the route in a plan, only describes it, or it has ended. */
export type OtherRouteStatus = 'planned' | 'not-planned' | 'ended';

export type OtherRoute = {
  /** Unique on a page, kebab-case: headings and links use it. */
  readonly id: string;
  readonly title: string;
  readonly status: OtherRouteStatus;
  readonly statements: readonly Statement[];
};

const offers = stFourFirstOffersDeadline.value.publishedByStartYear;
const latestOffersYear = Math.max(...Object.keys(offers).map(Number));
const latestOffers = offers[latestOffersYear];
const application = portfolioPathwayApplication.value;
const imy3 = imyThreeRecruitmentEnded.value;

export const otherRoutes: readonly OtherRoute[] = [
  {
    id: 'alternative-certificate',
    title: 'Straight to ST4 with an Alternative Certificate',
    status: 'planned',
    statements: [
      fromRule(
        'other-route-certificate-who',
        alternativeCertificate,
        'If you are not in IMT or ACCS-IM and have not finished either (for example you are in GP, anaesthetics or surgical training, or in a job outside a training programme), you can apply for ST4 in palliative medicine with an Alternative Certificate.',
      ),
      fromRule(
        'other-route-certificate-what',
        alternativeCertificate,
        'A consultant who knows your work signs that you have every capability of the first stage of internal medicine training, including geriatric medicine and critical care. It must be complete when you apply.',
      ),
      fromRule(
        'other-route-certificate-part-1',
        mrcpForStFourApplication,
        `You need MRCP(UK) Part 1 when you apply. The person specification also accepts ${mrcpForStFourApplication.value.alternatives.join(', or ')}.`,
      ),
      fromRule(
        'other-route-certificate-full-mrcp',
        stFourFirstOffersDeadline,
        `You need the full MRCP(UK) diploma by the first offers deadline of your round${latestOffers === undefined ? '' : `, which was ${formatLongDate(latestOffers)} in the ${latestOffersYear} round`}.`,
      ),
      fromRule(
        'other-route-certificate-training',
        higherTrainingLength,
        `You then train from ST4 to ST7, an indicative ${higherTrainingLength.value.years} years full time, like every other palliative medicine trainee.`,
      ),
    ],
  },
  {
    id: 'portfolio-pathway',
    title: 'The GMC Portfolio pathway (formerly CESR)',
    status: 'not-planned',
    statements: [
      fromRule(
        'other-route-portfolio-what',
        portfolioPathway,
        'Doctors who have not completed a GMC-approved training programme can apply to the GMC to join the Specialist Register in palliative medicine with a Portfolio application, showing evidence against the high-level outcomes of the curriculum.',
      ),
      fromRule(
        'other-route-portfolio-register',
        portfolioPathway,
        `A successful applicant is registered in ${portfolioPathway.value.register.map((name) => name.toLowerCase()).join(' and ')}.`,
      ),
      fromRule(
        'other-route-portfolio-renamed',
        portfolioPathwayRenamed,
        `It was called the Certificate of Eligibility for Specialist Registration (${portfolioPathwayRenamed.value.formerly}) until the GMC renamed it on ${formatLongDate(portfolioPathwayRenamed.value.renamedOn)}.`,
      ),
      fromRule(
        'other-route-portfolio-timing',
        portfolioPathwayApplication,
        `Once you open an application you have ${application.submitWithinMonths} months to submit it. The GMC says a submitted application takes ${application.processingMonths.from} to ${application.processingMonths.to} months to process.`,
      ),
    ],
  },
  {
    id: 'imy3',
    title: 'Standalone IMY3 posts have ended',
    status: 'ended',
    statements: [
      fromRule(
        'other-route-imy3-pilot',
        imyThreeRecruitmentEnded,
        `Standalone IMY3 posts, a single third year of internal medicine training, were piloted in ${imy3.pilotRegions.join(' and ')} for posts starting in August ${imy3.pilotStartYear}.`,
      ),
      fromRule(
        'other-route-imy3-ended',
        imyThreeRecruitmentEnded,
        'Recruitment to them will not continue. IMT now recruits to its first year only; the other way in is to apply straight to ST4 with an Alternative Certificate.',
      ),
    ],
  },
];
