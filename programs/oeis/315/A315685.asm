; A315685: Coordination sequence Gal.4.140.4 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((c(max(truncate((n-1)/2),0))+11*(n-1))/2)+6, b(n) = b(n-1)-c(n-1)-1-(c(n-1)+(b(n-1)-c(n-1)-1)), c(n) = c(n-1)+(b(n-1)-c(n-1)-1), b(0) = 1, c(0) = 1
; 1,6,12,17,22,27,32,38,44,50,56,61,66,71,76,82,88,94,100,105,110,115,120,126,132,138,144,149,154,159,164,170,176,182,188,193,198,203,208,214,220,226,232,237,242,247,252,258,264,270

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
mul $2,11
add $1,$2
mov $0,$1
div $0,2
add $0,6
