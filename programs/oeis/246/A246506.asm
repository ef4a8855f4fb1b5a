; A246506: a(n) is the number m_0 with the property that if m >= m_0, then every graph obtained from the complete bipartite graph K_{m,m+n} by deleting two edges is chromatically unique.
; 7,7,7,9,11,14,17,21,25,30

#offset 2

sub $0,2
sub $0,1
sub $0,1
max $0,0
add $0,1
add $0,1
add $0,1
lpb $0
  sub $0,1
  sub $1,1
  add $2,$3
  add $2,$1
  sub $3,1
  div $1,-1
lpe
mov $0,$2
sub $0,-4
div $0,-2
add $0,7
