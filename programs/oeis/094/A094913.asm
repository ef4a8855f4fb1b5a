; A094913: Maximal number of distinct nonempty substrings of any binary string of length n.
; Formula: a(n) = A006697(n)-1
; 0,1,3,5,8,12,16,21,27,34,42,50,59,69,80,92,105,119,134,150,166,183,201,220,240,261,283,306,330

seq $0,6697
sub $0,1
