; A071162: Simple rewriting of binary expansion of n resulting A014486-codes for rooted binary trees with height equal to number of internal vertices. (Binary trees where at each internal vertex at least the other child is leaf).
; 0,2,10,12,42,44,52,56,170,172,180,184,212,216,232,240,682,684,692,696,724,728,744,752,852,856,872,880,936,944,976,992,2730,2732,2740,2744,2772,2776,2792,2800,2900,2904,2920,2928,2984,2992,3024,3040,3412,3416,3432,3440,3496,3504,3536,3552,3752,3760,3792,3808,3920,3936,4000,4032,10922,10924,10932,10936,10964,10968,10984,10992,11092,11096,11112,11120,11176,11184,11216,11232

mov $1,1
lpb $0
  lpb $0
    add $2,$1
    dif $0,2
    mul $1,4
  lpe
  add $2,$1
  mul $2,2
  div $0,2
  mul $1,4
lpe
mov $0,$2
