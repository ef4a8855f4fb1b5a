; A328317: Smallest prime not dividing A328316(n), with a(0) = 1 by convention; Equally, for n > 0, smallest prime dividing A328316(1+n).
; 1,2,3,2,5,2,5,2,5,2,5,2,5,2

mov $3,$0
gcd $3,2
mul $3,$3
lpb $3
  sub $3,1
  max $3,$0
lpe
mov $0,$3
add $0,1
