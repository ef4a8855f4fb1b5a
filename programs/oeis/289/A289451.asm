; A289451: Related to number of mesh patterns of length 2 that avoid the pattern 231.
; Formula: a(n) = truncate(lodabin(n-1+(n-1),n-1)/n)+sum(k=1,n,0-(k-1)+1)-1
; 1,1,1,2,8,32,117,408,1402,4826,16751

#offset 1

sub $0,1
mov $1,$0
add $0,$1
bin $0,$1
add $1,1
div $0,$1
lpb $1
  sub $1,1
  sub $0,$1
  add $0,1
lpe
sub $0,1
