; A060510: Alternating with hexagonal stutters: if n is hexagonal (2k^2 - k, i.e., A000384) then a(n)=a(n-1), otherwise a(n) = 1 - a(n-1).
; 0,0,1,0,1,0,0,1,0,1,0,1,0,1,0,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,-1
add $0,1
add $2,1
add $0,1
sub $0,1
mov $1,$0
lpb $1
  sub $1,-1
  sub $2,4
  sub $0,-3
  add $1,$2
  add $1,1
lpe
add $0,1
mod $0,2
sub $0,1
add $0,1
sub $0,1
div $0,-1
