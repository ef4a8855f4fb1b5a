; A085640: Resultant of the polynomial x^3-1 and the Chebyshev polynomial of the first kind T_n(x).
; 1,7,37,193,1021,5383,28393,149761,789913,4166407,21975757,115911361,611375701,3224707591,17008754257,89712854017,473191396273,2495853018631,13164403113973,69435783298753,366239772557101

#offset 1

sub $0,1
sub $0,1
add $0,2
sub $0,1
sub $2,1
add $0,1
add $0,$0
lpb $0
  add $2,$4
  add $2,$4
  add $1,$3
  add $2,2
  add $2,$3
  sub $0,1
  sub $0,1
  sub $4,$1
  sub $3,$2
  sub $4,$1
  sub $2,$1
  sub $4,$1
  add $3,$1
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$4
div $0,2
add $0,1
sub $0,1
mul $0,2
add $0,1
sub $0,7
mul $0,4
add $0,12
sub $0,-12
div $0,4
add $0,1
