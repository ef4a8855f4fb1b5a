; A189212: Zero-one sequence based on the hexagonal numbers:  a(A000384(k))=a(k); a(v(k))=1-a(k), where v=A183218 and a(1)=0.
; 0,1,0,1,0,1,1,0,0,1,1,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,0,1,0,1,1,0,1,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,0,1,0,1,0,1,1,0

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
sub $0,2
add $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,$0
add $0,1
lpb $0
  add $2,$4
  add $2,2
  add $2,$3
  sub $0,1
  lpb $4
    sub $4,2
    sub $0,1
  lpe
  sub $4,$1
  sub $5,-2
  sub $3,$2
  mov $2,$1
  add $2,$4
  sub $3,$1
  add $1,$3
lpe
add $0,$5
sub $0,-2
div $0,-1
add $0,2
div $0,-2
add $0,1
mod $0,2
