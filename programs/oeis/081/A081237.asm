; A081237: Numbers n with no k, 0<k<n, such that mu(n-k)=mu(n)=mu(n+k), where mu=A008683 (Moebius function).
; 1,2,3,4,6,9,15,21

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,-1
sub $0,1
add $0,3
sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,$0
add $0,5
lpb $0
  sub $3,1
  sub $3,$1
  add $2,$4
  mul $3,-1
  add $2,$3
  sub $0,1
  sub $0,1
  sub $4,$3
  add $2,$4
  sub $3,$2
  add $2,$1
  add $2,$3
  add $1,$3
  add $2,$3
  add $2,$1
lpe
mov $0,$4
mul $0,-1
div $0,2
add $0,1
