; A072726: Numerator of the rationals >= 1 whose continued fractions consist of only even terms, in ascending order by the sum of the continued fraction terms and descending by lowest order continued fraction terms to highest.
; 1,2,4,5,6,9,9,12,8,13,17,22,13,20,22,29,10,17,25,32,25,38,40,53,17,28,38,49,32,49,53,70,12,21,33,42,37,56,58,77,33,54,72,93,58,89,97,128,21,36,54,69,56,85,89,118,42,69,93,120,77,118,128,169,14,25,41,52,49,74,76,101,49,80,106,137,84,129,141,186

mov $1,1
lpb $0
  lpb $0
    dif $0,2
    add $2,$1
  lpe
  add $2,$1
  sub $1,1
  sub $1,$2
  sub $1,$2
  div $0,2
  mul $1,-1
lpe
add $0,$1
