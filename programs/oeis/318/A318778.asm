; A318778: Number of different positions that an elementary sphinx can occupy in a sphinx of order n.
; Formula: a(n) = sqrtint(truncate(lodafac(13*n-16,4)/22))+1
; 1,28,128,300,544,860,1248,1708,2240,2844

#offset 1

mul $0,13
sub $0,16
fac $0,4
div $0,22
nrt $0,2
add $0,1
