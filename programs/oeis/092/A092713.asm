; A092713: Disk degeneracies for brane III in the O(K)->P^1 x P^1 geometry.
; 0,0,0,0,0,-28,-336,-2156

sub $0,6
sub $0,1
add $0,3
mov $1,$0
lpb $1
  sub $1,1
  sub $2,$3
  trn $3,$2
  trn $3,$2
  sub $2,$3
  add $3,1
  sub $2,4
lpe
mov $0,$3
sub $0,1
add $0,5
mul $0,2
sub $0,8
mul $0,-14
