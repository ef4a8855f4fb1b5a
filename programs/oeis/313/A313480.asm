; A313480: Coordination sequence Gal.4.41.4 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((c(max(truncate((n-1)/2),0))+9*(n-1))/2)+5, b(n) = b(n-1)-c(n-1)-1-(c(n-1)+(b(n-1)-c(n-1)-1)), c(n) = c(n-1)+(b(n-1)-c(n-1)-1), b(0) = 1, c(0) = 1
; 1,5,10,14,18,22,26,31,36,41,46,50,54,58,62,67,72,77,82,86,90,94,98,103,108,113,118,122,126,130,134,139,144,149,154,158,162,166,170,175,180,185,190,194,198,202,206,211,216,221

sub $0,1
mov $1,1
mov $2,$0
mov $3,$0
mov $0,1
lpb $3
  sub $0,$1
  sub $3,2
  sub $0,1
  add $1,$0
  sub $0,$1
lpe
mul $2,9
add $1,$2
mov $0,$1
div $0,2
add $0,5
