; A315520: Coordination sequence Gal.4.140.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((c(max(truncate((n-1)/2),0))+11*(n-1))/2)+6, b(n) = b(n-1)-c(n-1)-1-(c(n-1)+(b(n-1)-c(n-1)-1)), c(n) = c(n-1)+(b(n-1)-c(n-1)-1), b(0) = 1, c(0) = 0
; 1,6,11,17,22,27,33,38,44,50,55,61,66,71,77,82,88,94,99,105,110,115,121,126,132,138,143,149,154,159,165,170,176,182,187,193,198,203,209,214,220,226,231,237,242,247,253,258,264,270

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
mul $1,11
add $3,$1
mov $0,$3
div $0,2
add $0,6
