// Head and neck in profile, seen from the person's LEFT: the face points to the viewer's left.
// The right-side profile is generated as the mirror image with l./r. ids swapped.
//
// Local frame: y down, vertex (top of the head) at y = 0, menton (under the chin) at y = 230, so one
// unit is about 1 mm for a 23 cm adult head. x grows backwards: the glabella (brow ridge between the
// eyebrows) is at x = 0, the back of the skull (opisthocranion) at x = 196 (head length ~0.85 of head
// height). Landmarks follow the classic thirds: hairline y 32, brow 98, nose base 164, chin 230; the
// ear spans brow to nose base with its canal about 0.6 of the head length behind the glabella; the ramus
// of the jaw runs down from the joint in front of the ear to the angle below the ear lobe.
import type { HeadViewSpec } from './types.ts';

export const PROFILE: HeadViewSpec = {
  transform: { scale: 1, dx: 44, dy: 14 },
  width: 290,
  height: 372,
  silhouette: [
    {
      pts: [
        // crown and back of the skull
        [112, 0],
        [152, 7],
        [181, 32],
        [194, 66],
        [197, 100],
        [191, 134],
        [178, 160],
        // nape: the occiput tucks in over the neck
        [169, 181],
        [167, 204],
        [169, 230],
        [175, 258],
        [187, 283],
        // trapezius runs down and back to the shoulder; the figure is cut off below the collarbone
        [202, 308],
        [224, 328],
        [238, 346, 1],
        [150, 343],
        [70, 336, 1],
        // front: sternal notch, front of the neck
        [75, 318],
        [70, 294],
        [64, 270],
        [60, 250],
        // under the chin to the menton
        [40, 242],
        [18, 236],
        [4, 230],
        // chin, lips, nose, brow, forehead
        [-1, 220],
        [0, 211],
        [5, 204],
        [0, 199],
        [-3, 194],
        [1, 188, 1],
        [-4, 181],
        [-4, 174],
        [-1, 167],
        [1, 164, 1],
        [-9, 162],
        [-20, 159],
        [-25, 154],
        [-22, 146],
        [-12, 129],
        [-2, 116],
        [4, 109],
        [1, 101],
        [-1, 92],
        [0, 76],
        [6, 52],
        [19, 28],
        [42, 10],
        [74, 1],
      ],
    },
  ],
  regions: [
    // --- neck, bottom layer: what is not claimed below is the back-and-side of the neck (the posterior
    // triangle between the sternocleidomastoid and the trapezius)
    {
      id: 'l.posterolateral-neck',
      pts: [
        [30, 150, 1],
        [260, 150, 1],
        [260, 400, 1],
        [30, 400, 1],
      ],
    },
    // back of the neck: a strip along the nape
    {
      id: 'l.posterior-neck',
      pts: [
        [150, 170, 1],
        [260, 170, 1],
        [260, 300, 1],
        [182, 300, 1],
        [162, 262],
        [152, 228],
        [148, 200],
        [146, 184],
      ],
    },
    // top of the shoulder (trapezius ridge) below the line from the neck base back to the shoulder
    {
      id: 'l.shoulder-top',
      pts: [
        [150, 346, 1],
        [164, 328],
        [186, 314],
        [212, 304],
        [260, 298, 1],
        [260, 400, 1],
        [150, 400, 1],
      ],
    },
    // angle of the neck: where the nape meets the shoulder
    {
      id: 'l.neck-angle',
      pts: [
        [150, 282],
        [172, 272],
        [198, 286],
        [216, 306],
        [196, 318],
        [172, 336],
        [150, 336],
        [140, 302],
      ],
    },
    // above the collarbone: the hollow between the neck muscle and the trapezius
    {
      id: 'l.supraclavicular',
      pts: [
        [104, 306],
        [124, 294],
        [144, 298],
        [154, 314],
        [158, 332],
        [162, 352, 1],
        [96, 352, 1],
        [96, 330],
      ],
    },
    // front of the neck: under the chin and the throat down to the sternal notch
    {
      id: 'm.anterior-neck',
      pts: [
        [-10, 226, 1],
        [40, 218],
        [80, 206],
        [110, 206],
        [114, 240],
        [112, 270],
        [100, 320],
        [96, 360, 1],
        [20, 360, 1],
      ],
    },
    // side of the neck: the band of the sternocleidomastoid from behind the ear down to the sternum
    {
      id: 'l.lateral-neck',
      pts: [
        [112, 160],
        [138, 152],
        [162, 174],
        [166, 200],
        [150, 236],
        [128, 272],
        [110, 306],
        [98, 340, 1],
        [74, 340, 1],
        [80, 312],
        [90, 282],
        [102, 250],
        [108, 226],
        [110, 190],
      ],
    },
    // --- head, bottom layer: the upper side of the head defaults to the parietal region
    {
      id: 'l.parietal',
      pts: [
        [-30, -30, 1],
        [240, -30, 1],
        [240, 150, 1],
        [-30, 150, 1],
      ],
    },
    // back of the head, behind a line from the crown down to the mastoid
    {
      id: 'l.occiput',
      pts: [
        [174, 30, 1],
        [240, 30, 1],
        [240, 178, 1],
        [172, 174],
        [158, 156],
        [154, 130],
        [157, 98],
        [165, 62],
      ],
    },
    // top of the head: the crown cap
    {
      id: 'm.vertex',
      pts: [
        [30, -30, 1],
        [220, -30, 1],
        [190, 22, 1],
        [166, 22],
        [140, 26],
        [110, 27],
        [80, 24],
        [56, 18],
        [38, 10, 1],
      ],
    },
    // forehead: from the hairline down to the eyebrow, forward of the temporal line
    {
      id: 'l.forehead',
      pts: [
        [-30, 0, 1],
        [20, 4],
        [46, 22],
        [60, 42],
        [64, 64],
        [62, 90],
        [60, 114, 1],
        [-30, 114, 1],
      ],
    },
    // temple: the temporal hollow behind the eye and above the cheekbone, reaching back over the ear
    {
      id: 'l.temple',
      pts: [
        [56, 80],
        [66, 60],
        [88, 52],
        [114, 50],
        [136, 56],
        [150, 72],
        [154, 92],
        [152, 108, 1],
        [120, 112],
        [108, 124],
        [96, 134],
        [72, 134],
        [50, 128],
        [48, 104],
      ],
    },
    // cheek: over the cheekbone, below the eye
    {
      id: 'l.cheek',
      pts: [
        [28, 132],
        [50, 122],
        [76, 124],
        [98, 126],
        [106, 138],
        [100, 156],
        [78, 168],
        [52, 172],
        [32, 166],
      ],
    },
    // maxilla: beside the nose, between the cheek and the upper lip
    {
      id: 'l.maxilla',
      pts: [
        [6, 126],
        [26, 130],
        [40, 142],
        [48, 158],
        [44, 172],
        [26, 178],
        [6, 174],
      ],
    },
    // body of the mandible and its ramus: from the chin back to the angle, up to the jaw joint
    {
      id: 'l.mandible',
      pts: [
        [20, 166],
        [50, 165],
        [78, 160],
        [100, 152],
        [118, 146, 1],
        [119, 176],
        [116, 196],
        [113, 210, 1],
        [90, 217],
        [64, 226],
        [16, 238, 1],
        [14, 200],
      ],
    },
    // angle of the jaw: the corner at the gonion, below and in front of the ear lobe
    {
      id: 'l.jaw-angle',
      pts: [
        [96, 186],
        [106, 176],
        [119, 174, 1],
        [118, 194],
        [113, 210, 1],
        [98, 216, 1],
        [92, 202],
      ],
    },
    // temporomandibular joint: just in front of the ear canal
    {
      id: 'l.tmj',
      pts: [
        [98, 128],
        [106, 116],
        [118, 114],
        [120, 138],
        [116, 152],
        [104, 154],
        [96, 144],
      ],
    },
    // base of the skull behind the ear: the hollow under the occiput
    {
      id: 'l.suboccipital',
      pts: [
        [150, 160],
        [166, 164],
        [178, 158],
        [240, 162, 1],
        [240, 212, 1],
        [172, 208],
        [156, 200],
        [148, 182],
      ],
    },
    // mastoid: the bony bump behind the ear lobe
    {
      id: 'l.mastoid',
      pts: [
        [142, 140],
        [155, 138],
        [163, 152],
        [163, 172],
        [154, 186],
        [140, 184],
        [132, 170],
        [134, 152],
      ],
    },
    // lips and mouth
    {
      id: 'm.mouth',
      pts: [
        [-10, 162, 1],
        [12, 164],
        [26, 174],
        [30, 188],
        [26, 200],
        [12, 206],
        [-10, 206, 1],
      ],
    },
    // chin
    {
      id: 'm.chin',
      pts: [
        [-10, 205, 1],
        [12, 205],
        [30, 208],
        [38, 222],
        [30, 236],
        [-10, 240, 1],
      ],
    },
    // around the eye: lids, the hollow below and the outer corner
    {
      id: 'l.periorbital',
      pts: [
        [4, 100],
        [22, 95],
        [42, 97],
        [56, 107],
        [57, 124],
        [44, 134],
        [24, 137],
        [10, 131],
        [2, 118],
      ],
    },
    // eyebrow along the brow ridge
    {
      id: 'l.eyebrow',
      pts: [
        [-8, 90, 1],
        [16, 86],
        [40, 88],
        [54, 94],
        [55, 100],
        [40, 101],
        [18, 101],
        [-8, 105, 1],
      ],
    },
    // the eye (reaching forward to the inner corner at the side of the nose)
    {
      id: 'l.eye',
      pts: [
        [2, 116],
        [12, 110.5],
        [22, 110],
        [31, 114, 1],
        [22, 120],
        [12, 121],
      ],
    },
    // nose: bridge, side wall and wing of the nose
    {
      id: 'm.nose',
      pts: [
        [-20, 98, 1],
        [6, 104],
        [10, 118],
        [16, 136],
        [22, 150],
        [24, 160],
        [16, 166],
        [2, 166, 1],
        [-40, 170, 1],
      ],
    },
    // the outer ear: helix, antihelix, tragus and lobe
    {
      id: 'l.ear',
      pts: [
        [117, 106],
        [127, 99],
        [140, 99],
        [150, 107],
        [153, 122],
        [150, 139],
        [143, 152],
        [136, 161],
        [128, 166],
        [121, 164],
        [117, 155],
        [118, 146],
        [114, 138],
        [113, 122],
      ],
    },
    // deep in the ear: the bowl of the concha and the canal opening behind the tragus
    {
      id: 'l.deep-ear',
      pts: [
        [110, 128, 1],
        [120, 125],
        [126, 118],
        [135, 116],
        [141, 123],
        [140, 136],
        [133, 145],
        [124, 145],
        [120, 138],
        [110, 136, 1],
      ],
    },
  ],
  details: [
    // upper lid and lower lid lines, iris
    {
      pts: [
        [7, 115],
        [14, 111.5],
        [23, 111.5],
        [30, 114],
      ],
    },
    {
      pts: [
        [8, 117],
        [16, 119.5],
        [25, 119],
      ],
    },
    // nostril and wing of the nose
    {
      pts: [
        [4, 161],
        [10, 158],
        [16, 159],
      ],
    },
    {
      pts: [
        [18, 148],
        [22, 154],
        [20, 161],
      ],
    },
    // lip line
    {
      pts: [
        [1, 188],
        [10, 189],
        [16, 187],
      ],
    },
    // helix rim and antihelix inside the ear
    {
      pts: [
        [125, 106],
        [137, 104],
        [146, 110],
        [148, 123],
        [145, 140],
        [138, 152],
        [130, 159],
      ],
    },
    {
      pts: [
        [129, 111],
        [139, 113],
        [144, 126],
        [141, 141],
        [134, 150],
      ],
    },
    // jaw line hint: the lower border of the mandible
    {
      pts: [
        [26, 236],
        [64, 226],
        [100, 214],
      ],
    },
  ],
};
