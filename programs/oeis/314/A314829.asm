; A314829: Coordination sequence Gal.4.41.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((c(max(truncate((n-1)/2),0))+9*(n-1))/2)+5, b(n) = b(n-1)-c(n-1)-1-(c(n-1)+(b(n-1)-c(n-1)-1)), c(n) = c(n-1)+(b(n-1)-c(n-1)-1), b(0) = 1, c(0) = 0
; 1,5,9,14,18,22,27,31,36,41,45,50,54,58,63,67,72,77,81,86,90,94,99,103,108,113,117,122,126,130,135,139,144,149,153,158,162,166,171,175,180,185,189,194,198,202,207,211,216,221

sub $0,1
mov $1,$0
mov $2,$0
mov $0,1
lpb $2
  sub $0,$3
  sub $2,2
  sub $0,1
  add $3,$0
  sub $0,$3
lpe
mul $1,9
add $3,$1
mov $0,$3
div $0,2
add $0,5
