; A328317: Smallest prime not dividing A328316(n), with a(0) = 1 by convention; Equally, for n > 0, smallest prime dividing A328316(1+n).
; 1,2,3,2,5,2,5,2,5,2,5,2,5,2

add $0,-1
lpb $0
  sub $0,1
  mul $0,$0
  sub $0,1
  mod $0,4
lpe
add $0,2
sub $0,2
mul $0,15
add $0,15
div $0,15
add $0,1
