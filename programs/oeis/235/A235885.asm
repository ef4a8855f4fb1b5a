; A235885: Number of (n+1) X (n+1) 0..3 arrays with the minimum plus the upper median equal to the lower median plus the maximum in every 2 X 2 subblock.
; Formula: a(n) = 32*A080960(n-1)+8
; 40,232,1096,4744,19720,80392,324616,1304584,5230600,20946952,83836936,335446024

#offset 1

sub $0,1
seq $0,80960
mul $0,32
add $0,8
