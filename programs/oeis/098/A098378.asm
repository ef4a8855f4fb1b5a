; A098378: Number of characters needed to write number n in the traditional Ethiopic (Geez) number system.
; Formula: a(n) = min(max(n-7-3,0)%10,1)+1
; 1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1

#offset 1

sub $0,7
trn $0,3
mod $0,10
min $0,1
add $0,1
