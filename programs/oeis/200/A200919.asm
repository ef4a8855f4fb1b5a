; A200919: Number of crossings on periodic braids with n strands such that all strands meet.
; Formula: a(n) = sum(k=0,floor((max(n-1-2,0)+3)/2)-1,floor((max(n-1-2,0)+3-2*k)^2/8))-1
; 0,0,0,1,3,5,9,13,19,25,34

#offset 1

sub $0,1
trn $0,2
add $0,3
lpb $0
  mov $1,$0
  sub $0,2
  pow $1,2
  div $1,8
  add $2,$1
lpe
mov $0,$2
sub $0,1
