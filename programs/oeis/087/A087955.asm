; A087955: a(n) is the square of the n-th partial sum minus the n-th partial sum of the squares, divided by a(n-1), for all n>=1, starting with a(0)=1, a(1)=2.
; 1,2,2,8,12,34,62,152,304,698,1458,3248,6924,15210,32734,71440,154432,336018,727874,1581496,3429100,7445714,16151518,35059560,76068400,165095562,358241202,777459488,1687087532,3661224794,7945027902

mov $4,$0
sub $0,1
max $0,0
sub $0,1
add $0,1
sub $0,1
add $0,4
pow $3,$3
sub $0,1
lpb $0
  sub $0,1
  add $2,$3
  sub $3,$1
  add $1,$2
  add $2,-1
  sub $1,4
  sub $3,$1
  mul $1,-1
  sub $1,$2
  sub $3,$1
  sub $3,$2
lpe
mov $0,$3
add $0,$0
sub $0,4
mul $0,2
add $0,8
div $0,-6
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
